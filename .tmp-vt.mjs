import { createVitest } from 'vitest/node';
const files = process.argv.slice(3);
const ctx = await createVitest('test', { config: process.argv[2], pool: 'threads', maxWorkers: 1, watch: false, onConsoleLog: () => false, reporters: [] });
for (let i = 0; i < 3; i++) { ctx.state.filesMap.clear(); const t = Date.now(); await ctx.start(files); console.log('run', i, Date.now() - t, 'ms', ctx.state.getFiles().length, 'files'); }
await ctx.close();
