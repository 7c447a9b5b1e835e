import 'reflect-metadata';
import { runSubgraphProcess } from '../../platform/http/start-subgraph.js';
import { ownersSubgraph } from './subgraph.js';

await runSubgraphProcess(ownersSubgraph);
