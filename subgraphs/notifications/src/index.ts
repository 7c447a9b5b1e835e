import 'reflect-metadata';
import { runSubgraphProcess } from '../../platform/http/start-subgraph.js';
import { notificationsSubgraph } from './subgraph.js';

await runSubgraphProcess(notificationsSubgraph);
