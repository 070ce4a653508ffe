import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

/**
 * A tiny static host for browser tests that need something sirv cannot do: serving a build under
 * a sub-path (/some/path/ with the SPA fallback there), or a copy of build/ that a test changes
 * (a "new deployment"). Loopback only; close() when done.
 */
const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.webmanifest': 'application/manifest+json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png'
};

export async function serveDir(root: string, options: { base?: string } = {}): Promise<{ url: string; close: () => Promise<void> }> {
	const base = (options.base ?? '').replace(/\/+$/, '');
	const server: Server = createServer((req, res) => {
		void (async () => {
			const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
			if (!path.startsWith(`${base}/`)) {
				res.writeHead(404).end('not found');
				return;
			}
			const relative = normalize(path.slice(base.length)).replace(/^(\.\.[/\\])+/, '');
			let file = join(root, relative);
			try {
				if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
			} catch {
				// not a file: the SPA fallback for routes, a 404 for missing assets
				if (extname(relative)) {
					res.writeHead(404).end('not found');
					return;
				}
				file = join(root, 'index.html');
			}
			try {
				const body = await readFile(file);
				res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' }).end(body);
			} catch {
				res.writeHead(404).end('not found');
			}
		})();
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	const port = typeof address === 'object' && address ? address.port : 0;
	return {
		url: `http://127.0.0.1:${port}${base}/`,
		close: () =>
			new Promise<void>((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			})
	};
}
