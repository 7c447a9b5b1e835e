import 'reflect-metadata';
import { runSubgraphProcess } from '../../platform/http/start-subgraph.js';
import { cobuildingSubgraph } from './subgraph.js';

await runSubgraphProcess(cobuildingSubgraph);
