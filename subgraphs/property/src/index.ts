import 'reflect-metadata';
import { runSubgraphProcess } from '../../platform/http/start-subgraph.js';
import { propertySubgraph } from './subgraph.js';

await runSubgraphProcess(propertySubgraph);
