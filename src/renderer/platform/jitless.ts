import { z } from 'zod/mini'

// zod 4 probes `new Function` to compile fast parsers. The page's Content
// Security Policy forbids eval, so the probe would log a violation on every
// start: ask zod for its interpreted parsers instead. main.tsx imports this
// module first, so it runs before anything validates.
z.config({ jitless: true })
