import 'reflect-metadata';
import { runNatsServiceCli } from '@did/runtime';
import { AppModule, SERVICE } from './app.module';
import { UsageConfigSchema } from './config';
import { MIGRATIONS } from './migrations';

void runNatsServiceCli({ service: SERVICE, migrations: MIGRATIONS, configSchema: UsageConfigSchema, moduleFor: (config) => AppModule.forRoot(config) });
