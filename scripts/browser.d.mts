export function chromiumPath(): string | undefined;
export const chromiumArgs: string[];
export const launchOptions: { executablePath: string | undefined; args: string[] };
