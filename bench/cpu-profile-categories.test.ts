import { stackCategory } from './cpu-profile-categories.js';

// Stacks innermost frame first, as the summariser walks them.
const frame = (functionName: string, url: string) => ({ functionName, url });
const at = (path: string) => `file:///app/node_modules/${path}`;
const project = (path: string) => `file:///app/dist/${path}`;

describe('cpu profile categories', () => {
  it('gives a sample to the innermost frame that has a category', () => {
    const resolver = frame('neighborhoods', project('subgraphs/registry/src/neighborhood/neighborhood.resolver.js'));
    expect(stackCategory([frame('parse', at('pg-protocol/dist/parser.js')), frame('find', at('@mikro-orm/core/EntityManager.js')), resolver])).toBe('SQL driver');
    expect(stackCategory([frame('create', at('@mikro-orm/core/entity/EntityFactory.js')), resolver])).toBe('ORM');
    expect(stackCategory([resolver, frame('executeField', at('graphql/execution/execute.js'))])).toBe('execution');
    expect(stackCategory([frame('parseDocument', at('graphql/language/parser.js'))])).toBe('parse');
  });

  it('lets sockets, streams and graphql-js helpers pass the sample on to their caller', () => {
    const socketWrite = [frame('writev', ''), frame('writeGeneric', 'node:internal/stream_base_commons'), frame('write', 'node:net')];
    expect(stackCategory([...socketWrite, frame('query', at('pg/lib/client.js'))])).toBe('SQL driver');
    expect(stackCategory([...socketWrite, frame('end', 'node:_http_outgoing')])).toBe('HTTP');
    expect(stackCategory([frame('isObjectType', at('graphql/type/definition.js')), frame('validate', at('graphql/validation/validate.js'))])).toBe('validate');
  });

  it('charges logging, metrics and token checks with everything done on their behalf', () => {
    expect(stackCategory([frame('stringify', ''), frame('asJson', at('pino/lib/tools.js')), frame('resolve', project('subgraphs/party/src/x.js'))])).toBe('logging');
    expect(stackCategory([frame('sign', 'node:internal/crypto/sig'), frame('jwtVerify', at('jose/dist/jwt/verify.js'))])).toBe('token checks');
    expect(stackCategory([frame('observe', at('prom-client/lib/histogram.js'))])).toBe('metrics');
  });

  it('counts JSON by function name, GC and native code by V8 pseudo-frame', () => {
    expect(stackCategory([frame('prettyJSONStringify', at('@apollo/server/dist/esm/runHttpQuery.js'))])).toBe('serialisation');
    expect(stackCategory([frame('(garbage collector)', '')])).toBe('GC');
    expect(stackCategory([frame('(program)', '')])).toBe('other');
    expect(stackCategory([frame('processTicksAndRejections', 'node:internal/process/task_queues')])).toBe('other');
  });
});
