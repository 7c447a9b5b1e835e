import 'reflect-metadata';
import { runSubgraphProcess } from '../../platform/http/start-subgraph.js';
import { registrySubgraph } from './subgraph.js';

await runSubgraphProcess(registrySubgraph);
