import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A person who signs in (issue 15). A user belongs to one organisation and acts in its role, read from
 * the organisation at every request (as for API keys); only the scrypt hash of the password is stored.
 */
@Entity('users')
export class UserRecord {
  @PrimaryColumn('varchar', { length: 40 }) id!: string;
  @Index() @Column('varchar', { length: 64 }) organisationId!: string;
  /** Lower-case; unique across the installation. */
  @Column('varchar', { length: 64, unique: true }) login!: string;
  /** Display name: shown in timelines (resolved from the id, never written into a history). */
  @Column('varchar', { length: 200 }) name!: string;
  @Column('varchar', { length: 200 }) passwordHash!: string;
  /** Set when an admin chose or generated the password: the portal asks the person to choose their own. */
  @Column('boolean', { default: false }) mustChangePassword!: boolean;
  @Column('varchar', { length: 32 }) createdAt!: string;
  @Column('varchar', { length: 32 }) passwordChangedAt!: string;
  /** A disabled user cannot sign in; its sessions were ended when it was disabled. */
  @Column('varchar', { length: 32, nullable: true }) disabledAt!: string | null;
}

/** A signed-in session, stored server-side. The cookie holds the id; only its SHA-256 is stored. */
@Entity('user_sessions')
export class UserSessionRecord {
  @PrimaryColumn('varchar', { length: 64 }) idHash!: string;
  @Index() @Column('varchar', { length: 40 }) userId!: string;
  /** Sent back as X-CSRF-Token on every write; useless without the cookie. */
  @Column('varchar', { length: 64 }) csrfToken!: string;
  @Column('varchar', { length: 32 }) createdAt!: string;
  /** Last use (written at most once a minute); the idle limit counts from it. */
  @Column('varchar', { length: 32 }) lastSeenAt!: string;
  /** The absolute end, whatever the use. */
  @Column('varchar', { length: 32 }) expiresAt!: string;
}

/**
 * Failed sign-ins per login name and per client address (issue 15), each key stored as a SHA-256 so the
 * table collects neither typed logins (a password typed in the wrong field) nor addresses.
 */
@Entity('login_throttle')
export class LoginThrottleRecord {
  @PrimaryColumn('varchar', { length: 80 }) key!: string;
  @Column('integer', { default: 0 }) failures!: number;
  @Column('varchar', { length: 32 }) windowStartedAt!: string;
  @Column('varchar', { length: 32, nullable: true }) lockedUntil!: string | null;
}
