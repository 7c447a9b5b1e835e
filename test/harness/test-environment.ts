/** Variables the global setup hands to every test worker. */
export const TEST_ENV = {
  maintenanceUrl: 'TEST_PG_MAINTENANCE_URL',
  privateKey: 'TEST_PRIVATE_KEY',
  publicKey: 'TEST_PUBLIC_KEY',
} as const;

export const TEST_ISSUER = 'https://id.test.localhost';
export const TEST_AUDIENCE = 'cogovernance-graph-test';
export const TEST_ID_NUMBER_KEY = 'test-id-number-key-0123456789abcdef';
export const TEST_WEBHOOK_SECRET_KEY = 'test-webhook-secret-key-0123456789abcdef';

export function testVariable(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run tests through jest so the global setup starts PostgreSQL.`);
  return value;
}
