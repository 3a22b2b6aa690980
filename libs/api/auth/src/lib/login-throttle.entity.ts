import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Failed sign-ins per email (hashed, so the table is no list of attempted addresses). */
@Entity('login_throttle')
export class LoginThrottle {
  @PrimaryColumn({ name: 'email_hash', type: 'varchar', length: 64 })
  emailHash!: string;

  @Column({ type: 'integer', default: 0 })
  failures!: number;

  @Column({ name: 'window_started_at', type: 'varchar', length: 30 })
  windowStartedAt!: string;

  @Column({ name: 'locked_until', type: 'varchar', length: 30, nullable: true })
  lockedUntil!: string | null;
}
