/** Logs users in through the real API (argon2 and all), a few at a time; returns access tokens in order. */
export async function loginAll(
  baseUrl: string,
  usernames: string[],
  password: string,
  parallel = 4,
): Promise<string[]> {
  const tokens: string[] = new Array(usernames.length);
  let next = 0;
  const worker = async () => {
    while (next < usernames.length) {
      const i = next++;
      const res = await fetch(`${baseUrl}/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: usernames[i], password }),
      });
      if (res.status !== 200) throw new Error(`login ${usernames[i]}: ${res.status} ${await res.text()}`);
      tokens[i] = ((await res.json()) as { accessToken: string }).accessToken;
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  return tokens;
}
