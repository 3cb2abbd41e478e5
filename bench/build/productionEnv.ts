/**
 * Runs `work` with NODE_ENV=production, then restores it: React picks its production build
 * from NODE_ENV, and a development React would make both pages slower than users see them.
 */
export async function withProductionEnv<T>(work: () => Promise<T>): Promise<T> {
  const before = process.env["NODE_ENV"];
  process.env["NODE_ENV"] = "production";
  try {
    return await work();
  } finally {
    if (before === undefined) delete process.env["NODE_ENV"];
    else process.env["NODE_ENV"] = before;
  }
}
