import { requestIdFrom } from './request-id.js';

describe('request ids', () => {
  it('keeps a client UUID and replaces anything else with a fresh UUID', () => {
    expect(requestIdFrom('6F1C8B2E-3D4A-4B5C-9D8E-7F6A5B4C3D2E')).toBe('6f1c8b2e-3d4a-4b5c-9d8e-7f6a5b4c3d2e');
    for (const header of [undefined, '', 'x'.repeat(106), 'abc', '6f1c8b2e-3d4a-4b5c-9d8e-7f6a5b4c3d2e\n', "'; drop table audit; --"]) {
      const id = requestIdFrom(header);
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(id).not.toBe(header);
    }
  });
});
