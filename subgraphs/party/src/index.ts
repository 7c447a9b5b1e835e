import 'reflect-metadata';
import { runSubgraphProcess } from '../../platform/http/start-subgraph.js';
import { partySubgraph } from './subgraph.js';

await runSubgraphProcess(partySubgraph);
