import 'reflect-metadata';
import { runNatsServiceCli } from '@did/runtime';
import { AppModule, SERVICE } from './app.module';
import { MIGRATIONS } from './migrations';

void runNatsServiceCli({ service: SERVICE, migrations: MIGRATIONS, moduleFor: (config) => AppModule.forRoot(config) });
