import type { Constructor } from '@mikro-orm/core';
import { CsrLookup } from './checks/entities/csr-lookup.entity';
import { DocumentChunk } from './documents/entities/document-chunk.entity';
import { PortingDocument } from './documents/entities/porting-document.entity';
import { PortOrderNumber } from './orders/entities/port-order-number.entity';
import { PortOrder } from './orders/entities/port-order.entity';
import { PortTimelineEntry } from './orders/entities/port-timeline-entry.entity';

/** Every entity of the porting schema, listed explicitly (the messaging tables are added by ServiceCoreModule). */
export const ENTITIES: Constructor[] = [
  PortOrder,
  PortOrderNumber,
  PortTimelineEntry,
  PortingDocument,
  DocumentChunk,
  CsrLookup,
];
