import { TokenVerifier } from '@frontdoor/auth';
import * as oidc from 'openid-client';
import type { OidcSettings } from '../portal-config';
import type { PortalUser } from '../session/portal-session';
import { hasMappedClaims, portalUserFromClaims } from './oidc-claims';

/** What the portal keeps between sending the user to the identity provider and their return. */
export interface PendingSignIn {
  state: string;
  nonce: string;
  codeVerifier: string;
  /** Epoch milliseconds: an old pending sign-in is not finished. */
  startedAt: number;
}

export interface CompletedSignIn {
  user: PortalUser & { organisationName: string };
  /** The access token the services accept (checked here as they check it). */
  accessToken: string;
  /** Epoch milliseconds; undefined when the provider did not say (the session's own limits then apply). */
  accessTokenExpiresAt?: number;
  /** Kept only to name the session when signing out at the identity provider. */
  idToken: string;
}

/** Sign-in refused: the user sees the message, which never repeats a claim or token. */
export class OidcSignInError extends Error {
  override readonly name = 'OidcSignInError';
}

const PENDING_LIFETIME_MS = 10 * 60 * 1000;
const HTTP_TIMEOUT_SECONDS = 10;

/**
 * The authorisation-code flow with PKCE, state and nonce (openid-client), against the issuer's
 * published metadata. The access token is checked with the services' own verifier before a
 * session holds it, so the portal never signs in someone whose token the services would refuse.
 */
export class OidcSignIn {
  private configuration?: Promise<oidc.Configuration>;
  private readonly accessTokens: TokenVerifier;

  constructor(private readonly settings: OidcSettings) {
    this.accessTokens = new TokenVerifier(settings.accessTokens);
  }

  async start(): Promise<{ authorisationUrl: URL; pending: PendingSignIn }> {
    const configuration = await this.discovered();
    const pending: PendingSignIn = {
      state: oidc.randomState(),
      nonce: oidc.randomNonce(),
      codeVerifier: oidc.randomPKCECodeVerifier(),
      startedAt: Date.now(),
    };
    const authorisationUrl = oidc.buildAuthorizationUrl(configuration, {
      redirect_uri: this.settings.redirectUrl,
      scope: this.settings.scopes,
      code_challenge: await oidc.calculatePKCECodeChallenge(pending.codeVerifier),
      code_challenge_method: 'S256',
      state: pending.state,
      nonce: pending.nonce,
      ...(this.settings.resource && { resource: this.settings.resource }),
    });
    return { authorisationUrl, pending };
  }

  /** Finishes the flow from the URL the identity provider sent the browser back to. */
  async finish(callbackUrl: URL, pending: PendingSignIn | undefined): Promise<CompletedSignIn> {
    if (!pending || Date.now() - pending.startedAt > PENDING_LIFETIME_MS) {
      throw new OidcSignInError('The sign-in took too long or was started in another window.');
    }
    const configuration = await this.discovered();
    // The callback arrives at our own address; the redirect URL is what the provider saw.
    const currentUrl = new URL(`${callbackUrl.search}`, this.settings.redirectUrl);
    let tokens: Awaited<ReturnType<typeof oidc.authorizationCodeGrant>>;
    try {
      tokens = await oidc.authorizationCodeGrant(
        configuration,
        currentUrl,
        {
          pkceCodeVerifier: pending.codeVerifier,
          expectedState: pending.state,
          expectedNonce: pending.nonce,
          idTokenExpected: true,
        },
        this.settings.resource ? { resource: this.settings.resource } : undefined,
      );
    } catch (error) {
      throw new OidcSignInError(`The identity provider did not complete the sign-in (${describe(error)}).`);
    }
    let claims: Record<string, unknown> = { ...tokens.claims() };
    if (!hasMappedClaims(claims, this.settings.claims) && configuration.serverMetadata().userinfo_endpoint) {
      claims = { ...claims, ...(await oidc.fetchUserInfo(configuration, tokens.access_token, String(claims.sub))) };
    }
    let user: CompletedSignIn['user'];
    try {
      user = portalUserFromClaims(claims, this.settings.claims);
      const serviceView = await this.accessTokens.verify(tokens.access_token);
      if (serviceView.subject !== user.subject) throw new OidcSignInError('The access token names someone else.');
    } catch (error) {
      throw new OidcSignInError(`Your account cannot use the front door (${describe(error)}).`);
    }
    const expiresInSeconds = tokens.expiresIn();
    return {
      user,
      accessToken: tokens.access_token,
      ...(expiresInSeconds !== undefined && { accessTokenExpiresAt: Date.now() + expiresInSeconds * 1000 }),
      idToken: tokens.id_token!,
    };
  }

  /** Where to send the browser to end the session at the identity provider, if it offers that. */
  async signOutUrl(idToken: string | undefined): Promise<URL | undefined> {
    const configuration = await this.discovered();
    if (!configuration.serverMetadata().end_session_endpoint) return undefined;
    return oidc.buildEndSessionUrl(configuration, {
      client_id: this.settings.clientId,
      ...(idToken && { id_token_hint: idToken }),
      ...(this.settings.postLogoutRedirectUrl && { post_logout_redirect_uri: this.settings.postLogoutRedirectUrl }),
    });
  }

  private discovered(): Promise<oidc.Configuration> {
    this.configuration ??= oidc
      .discovery(
        new URL(this.settings.issuer),
        this.settings.clientId,
        undefined,
        oidc.ClientSecretBasic(this.settings.clientSecret),
        {
          timeout: HTTP_TIMEOUT_SECONDS,
          // Configuration refuses plain http in production; locally and in tests the provider runs on http.
          execute: this.settings.issuer.startsWith('http://') ? [oidc.allowInsecureRequests] : [],
        },
      )
      .catch((error: unknown) => {
        this.configuration = undefined;
        throw error;
      });
    return this.configuration;
  }
}

// Error names and messages only: the libraries' errors can carry whole token responses.
function describe(error: unknown): string {
  if (error instanceof OidcSignInError) return error.message;
  return error instanceof Error ? (error.name === 'Error' ? error.message : error.name) : 'unknown error';
}
