import { ArgumentsHost, Catch, ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { ProfileValidationError } from '@heze/rules';

/** A refused profile: 400 with the rules library's own field path and one-line message. */
@Catch(ProfileValidationError)
export class ProfileErrorFilter implements ExceptionFilter {
  catch(err: ProfileValidationError, host: ArgumentsHost) {
    host
      .switchToHttp()
      .getResponse<Response>()
      .status(400)
      .json({ statusCode: 400, error: 'Bad Request', field: err.field, message: err.message });
  }
}
