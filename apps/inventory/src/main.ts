import 'reflect-metadata';
import { runServiceCli, startNatsService } from '@did/runtime';
import { AppModule, SERVICE } from './app.module';
import { loadInventoryConfig } from './config';
import { MIGRATIONS } from './migrations';

void runServiceCli({
  service: SERVICE,
  loadConfig: () => loadInventoryConfig(),
  migrations: MIGRATIONS,
  start: (config) => startNatsService(SERVICE, AppModule.forRoot(config), config),
});
