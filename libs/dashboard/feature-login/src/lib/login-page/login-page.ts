import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router } from '@angular/router';
import { CHANGE_PASSWORD_PAGE, homePage, safeReturnUrl, SessionStore } from '@rapport/dashboard-data-access';

/** Sign-in with email and password; explains a lock-out in the API's own words. */
@Component({
  selector: 'rp-login-page',
  imports: [ReactiveFormsModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './login-page.html',
  styleUrl: './login-page.scss',
})
export class LoginPage {
  /** Where to go after signing in (query parameter, set by the route guard). */
  readonly returnUrl = input<string>();

  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);

  protected readonly form = new FormGroup({
    email: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.email] }),
    password: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
  });

  protected readonly pending = computed(() => this.session.signIn.state().status === 'pending');
  protected readonly error = computed(() => {
    const state = this.session.signIn.state();
    return state.status === 'failed' ? state.error : null;
  });
  protected readonly locked = computed(() => this.error()?.code === 'account_locked');

  protected submit(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.session.signInWith(this.form.getRawValue(), (user) => {
      this.form.controls.password.reset();
      const next = safeReturnUrl(this.returnUrl()) ?? `/${homePage(user.role)}`;
      // A password an administrator gave out is replaced first; the page then continues to where the user was going.
      void this.router.navigateByUrl(
        user.passwordChangeRequired ? `/${CHANGE_PASSWORD_PAGE}?returnUrl=${encodeURIComponent(next)}` : next,
      );
    });
  }
}
