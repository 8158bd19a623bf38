/** `/api/v1/signatories`: the organisations that signed the charter. */
import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import { signatory } from '@equal-partners/shared';
import { listSignatories, type Store } from '../../store/index.ts';

const list = createRoute({
  method: 'get',
  path: '/',
  summary: 'List signatories',
  tags: ['Signatories'],
  responses: {
    200: {
      description: 'Every signatory, ordered by id',
      content: { 'application/json': { schema: z.object({ items: z.array(signatory) }) } },
    },
  },
});

export function signatoryRoutes(store: Store) {
  return new OpenAPIHono().openapi(list, async (c) => c.json({ items: await listSignatories(store) }, 200));
}
