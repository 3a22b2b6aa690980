import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router } from '@angular/router';
import { passwordPolicyProblem, PASSWORD_MIN_LENGTH } from '@rapport/contracts';
import { CHANGE_PASSWORD_PAGE, homePage, safeReturnUrl, SessionStore } from '@rapport/dashboard-data-access';

/**
 * The signed-in user replaces their own password: the current one, then the new one twice. The password policy
 * is the API's own (from contracts), checked here first so the user learns why before sending. A user whose
 * password an administrator gave out lands here after signing in and can go nowhere else until it is changed.
 */
@Component({
  selector: 'rp-change-password-page',
  imports: [ReactiveFormsModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './change-password-page.html',
  styleUrl: './change-password-page.scss',
})
export class ChangePasswordPage {
  /** Where to go once the password is changed (query parameter, set by the route guard). */
  readonly returnUrl = input<string>();

  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);

  protected readonly minLength = PASSWORD_MIN_LENGTH;
  protected readonly required = this.session.passwordChangeRequired;
  protected readonly form = new FormGroup({
    currentPassword: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    newPassword: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    repeatPassword: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
  });

  /** What is wrong with the form as last submitted, before anything is sent. */
  protected readonly problem = signal<string | null>(null);
  protected readonly pending = computed(() => this.session.passwordChange.state().status === 'pending');
  protected readonly error = computed(() => {
    const state = this.session.passwordChange.state();
    return state.status === 'failed' ? state.error.message : null;
  });

  protected submit(): void {
    const { currentPassword, newPassword, repeatPassword } = this.form.getRawValue();
    const problem = this.form.invalid
      ? 'Fill in all three fields.'
      : (passwordPolicyProblem(newPassword, this.session.user()?.email ?? '') ??
        (newPassword !== repeatPassword ? 'The two new passwords differ.' : null));
    this.problem.set(problem);
    if (problem) {
      return;
    }
    this.session.passwordChange.reset();
    this.session.changePasswordWith({ currentPassword, newPassword }, (user) => {
      this.form.reset();
      const back = safeReturnUrl(this.returnUrl());
      void this.router.navigateByUrl(
        back && !back.startsWith(`/${CHANGE_PASSWORD_PAGE}`) ? back : `/${homePage(user.role)}`,
      );
    });
  }
}
