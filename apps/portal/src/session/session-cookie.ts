/** The portal's session cookie: the session itself lives in Redis. */
export const SESSION_COOKIE = 'frontdoor.portal.sid';
