import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { UserRole } from '@rapport/contracts';

@Entity('users')
export class User {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  /** Stored lower-cased: sign-in is case-insensitive on the email. */
  @Column({ type: 'varchar', length: 254, unique: true })
  email!: string;

  @Column({ name: 'display_name', type: 'varchar', length: 200 })
  displayName!: string;

  @Column({ type: 'varchar', length: 20 })
  role!: UserRole;

  /** Partner users only: the one vendor whose data they may see. */
  @Column({ name: 'vendor_id', type: 'varchar', length: 36, nullable: true })
  vendorId!: string | null;

  @Column({ name: 'password_hash', type: 'varchar', length: 200 })
  passwordHash!: string;

  @Column({ name: 'password_changed_at', type: 'varchar', length: 30 })
  passwordChangedAt!: string;

  /** Set while the password is one an administrator gave out (new account, reset): the user must replace it. */
  @Column({ name: 'must_change_password', type: 'boolean', default: false })
  mustChangePassword!: boolean;

  @Column({ name: 'disabled_at', type: 'varchar', length: 30, nullable: true })
  disabledAt!: string | null;

  @Column({ name: 'last_login_at', type: 'varchar', length: 30, nullable: true })
  lastLoginAt!: string | null;

  @Column({ name: 'created_at', type: 'varchar', length: 30 })
  createdAt!: string;
}
