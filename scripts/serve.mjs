// Case Audit: serves the built app (dist/) to this computer only, on 127.0.0.1.
// Usage: node scripts/serve.mjs DIST_DIR PORT. The server hands out the app's own files and
// nothing else; the app itself never sends case data anywhere.
import { startServer } from '../tests/e2e/lib/server.mjs';

const [dist, port] = process.argv.slice(2);
const server = await startServer(dist, { port: Number(port) || 8080 });
console.log(`[serve] serving ${dist} at ${server.origin.replace('127.0.0.1', 'localhost')}/`);
const stop = async () => { await server.close(); process.exit(0); };
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
