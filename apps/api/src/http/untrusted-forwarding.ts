import { Logger } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';

/**
 * The line an operator needs when requests carry X-Forwarded-For that the API does not believe
 * (TRUST_PROXY=none): behind a proxy left unnamed, every client counts as the proxy's one address
 * for the login and public-page limits. Null when there is nothing to say.
 */
export function untrustedForwardingWarning(
  trustedProxies: readonly string[],
  forwardedFor: unknown,
): string | null {
  if (trustedProxies.length > 0 || typeof forwardedFor !== 'string' || forwardedFor.trim() === '')
    return null;
  return (
    'requests carry X-Forwarded-For but TRUST_PROXY=none, so the header is ignored: behind a proxy or ' +
    "balancer every client counts as the proxy's address for the login and public-page limits; set " +
    'TRUST_PROXY to the proxy (loopback, or its addresses/CIDRs) and let it set the header itself'
  );
}

/** Says it once per process, on the first such request. */
export function warnOnceOfUntrustedForwarding(trustedProxies: readonly string[]) {
  const logger = new Logger('TrustProxy');
  let said = false;
  return (req: Request, _res: Response, next: NextFunction): void => {
    if (!said) {
      const warning = untrustedForwardingWarning(trustedProxies, req.headers['x-forwarded-for']);
      if (warning) {
        said = true;
        logger.warn(warning);
      }
    }
    next();
  };
}
