import { Module } from '@nestjs/common';
import { AccountsService } from './accounts.service';
import { AuthController } from './auth.controller';
import { UsersController } from './users.controller';

/** People's accounts (issue 15): sign-in, sessions, password change; users for the admin. */
@Module({ controllers: [AuthController, UsersController], providers: [AccountsService] })
export class AccountsModule {}
