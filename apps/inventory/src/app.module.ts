import { DynamicModule, Module } from '@nestjs/common';
import { ServiceCoreModule } from '@did/runtime';
import { Clock } from '@did/service-kit';
import { ClaimsModule } from './claims/claims.module';
import { ComplianceGateModule } from './compliance-gate/compliance-gate.module';
import { INVENTORY_CONFIG, InventoryConfig } from './config';
import { ConnectionsModule } from './connections/connections.module';
import { ENTITIES } from './entities';
import { IngestModule } from './ingest/ingest.module';
import { MIGRATIONS } from './migrations';
import { NumbersModule } from './numbers/numbers.module';
import { PortingInModule } from './porting-in/porting-in.module';
import { ProvisioningModule } from './provisioning/provisioning.module';
import { RegistryModule } from './registry/registry.module';
import { ReleasesModule } from './releases/releases.module';
import { ReservationsModule } from './reservations/reservations.module';
import { SearchModule } from './search/search.module';

export const SERVICE = 'inventory';

/** The inventory service: the number registry, search, reservations, carrier ingest, and buying (claim, provisioning) and releasing numbers. */
@Module({})
export class AppModule {
  static forRoot(config: InventoryConfig, overrides: { clock?: Clock } = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ServiceCoreModule.forRoot({
          service: SERVICE,
          config,
          entities: ENTITIES,
          migrations: MIGRATIONS,
          clock: overrides.clock,
        }),
        ConfigHolder.forRoot(config),
        RegistryModule,
        IngestModule,
        SearchModule,
        ReservationsModule,
        ClaimsModule,
        ProvisioningModule,
        ComplianceGateModule,
        ReleasesModule,
        NumbersModule,
        PortingInModule,
        ConnectionsModule,
      ],
    };
  }
}

/** Makes the validated inventory configuration injectable everywhere (INVENTORY_CONFIG). */
@Module({})
class ConfigHolder {
  static forRoot(config: InventoryConfig): DynamicModule {
    return {
      module: ConfigHolder,
      global: true,
      providers: [{ provide: INVENTORY_CONFIG, useValue: config }],
      exports: [INVENTORY_CONFIG],
    };
  }
}
