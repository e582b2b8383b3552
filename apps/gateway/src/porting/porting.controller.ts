import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  CancelPortOrderBody,
  CancelPortOrderBodySchema,
  CreatePortOrderBody,
  CreatePortOrderBodySchema,
  CsrCoverageBody,
  CsrCoverageBodySchema,
  CsrCoverageReply,
  CsrCoverageReplySchema,
  ListPortOrdersQuery,
  ListPortOrdersQuerySchema,
  PortabilityCheckQuery,
  PortabilityCheckQuerySchema,
  PortabilityCheckReply,
  PortabilityCheckReplySchema,
  PortCommentBody,
  PortCommentBodySchema,
  PortingDocument,
  PortingDocumentSchema,
  PortOrder,
  PortOrderList,
  PortOrderListSchema,
  PortOrderSchema,
  PortTimeline,
  PortTimelineSchema,
  UpdatePortOrderBody,
  UpdatePortOrderBodySchema,
  ErrorCode,
} from '@did/contracts';
import { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { ApiZodBody, ApiZodQuery, ApiZodResponse } from '../http/openapi.decorators';
import { publicListSchema } from '../http/cursor';
import { ApiDocumentFileResponse, ApiDocumentUploadBody } from '../http/openapi-files';
import { ApiProblems } from '../http/openapi-problems';
import { ZodValidationPipe } from '../http/zod-validation.pipe';
import { Idempotent } from '../idempotency/idempotent.decorator';
import { DocumentUploadService } from './document-upload.service';
import { PortingService } from './porting.service';

@ApiTags('Porting')
@ApiBearerAuth()
@Controller({ path: 'numbers', version: '1' })
export class PortingController {
  constructor(
    private readonly porting: PortingService,
    private readonly uploads: DocumentUploadService,
  ) {}

  @Get('portability-check')
  @ApiOperation({
    summary:
      'Can these numbers port in (up to 100)? Each number is answered on its own; a malformed one gets its own error.',
  })
  @ApiZodQuery(PortabilityCheckQuerySchema)
  @ApiZodResponse(200, PortabilityCheckReplySchema, 'One answer per number, in the order asked')
  portability(
    @Query(new ZodValidationPipe(PortabilityCheckQuerySchema, 'query')) query: PortabilityCheckQuery,
  ): Promise<PortabilityCheckReply> {
    return this.porting.portability(query.phone_numbers);
  }

  @Post('csr-coverage')
  @HttpCode(200)
  @ApiOperation({
    summary:
      "The losing carrier's customer service record (account name, billing number, address) of each number on your open port orders, or why there is none",
    description:
      'Only numbers on one of your own draft or exception port orders are looked up; any other number is answered `not_on_open_port_order` and nothing else. ' +
      'Each looked-up number counts against an hourly budget per account (CSR_LOOKUPS_PER_HOUR): past it, 429 rate_limit_exceeded with Retry-After.',
  })
  @ApiZodBody(CsrCoverageBodySchema)
  @ApiZodResponse(200, CsrCoverageReplySchema, 'One record per number')
  csr(
    @CurrentActor() actor: Actor,
    @Body(new ZodValidationPipe(CsrCoverageBodySchema)) body: CsrCoverageBody,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CsrCoverageReply> {
    return this.porting.csr(actor, body, (seconds) => void reply.header('retry-after', String(seconds)));
  }

  @Post('porting-documents')
  @ApiConsumes('multipart/form-data')
  @ApiOperation({
    summary: 'Upload an LOA or a recent bill (multipart: "file", optional "document_type" loa|invoice|other)',
    description:
      "PDF, PNG or JPEG judged by the file's first bytes, not its name: anything else is 415 document_type_unsupported. At most 10 MB: 413 document_too_large. Stored with a SHA-256.",
  })
  @ApiDocumentUploadBody()
  @ApiProblems(ErrorCode.DocumentTooLarge, ErrorCode.DocumentTypeUnsupported, ErrorCode.PortingDocumentQuotaExceeded)
  @ApiZodResponse(201, PortingDocumentSchema, 'The stored document')
  upload(@CurrentActor() actor: Actor, @Req() request: FastifyRequest): Promise<PortingDocument> {
    return this.uploads.upload(actor, request);
  }

  @Get('porting-documents/:id')
  @ApiZodResponse(200, PortingDocumentSchema, 'The document metadata')
  @ApiProblems(ErrorCode.PortingDocumentNotFound)
  document(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<PortingDocument> {
    return this.porting.document(actor, id);
  }

  @Get('porting-documents/:id/file')
  @ApiOperation({ summary: 'The file itself, with its detected content type' })
  @ApiDocumentFileResponse()
  @ApiProblems(ErrorCode.PortingDocumentNotFound)
  async file(@CurrentActor() actor: Actor, @Param('id') id: string, @Res() reply: FastifyReply): Promise<void> {
    const { document, data } = await this.porting.file(actor, id);
    await reply
      .header('content-type', document.content_type)
      .header('x-content-sha256', document.sha256)
      .header('content-disposition', `attachment; filename="${document.id}"`)
      .send(data);
  }

  @Post('porting-orders')
  @Idempotent()
  @ApiOperation({
    summary: 'Create a port-in order (draft): phone_numbers and/or ranges, up to 1,000 numbers',
    description:
      'Numbers at different losing carriers are split into one order each; the answer is the first, related_order_ids names the others.',
  })
  @ApiZodBody(CreatePortOrderBodySchema)
  @ApiZodResponse(201, PortOrderSchema, 'The order (draft)')
  @ApiProblems(ErrorCode.PortingDocumentNotFound)
  create(
    @CurrentActor() actor: Actor,
    @Body(new ZodValidationPipe(CreatePortOrderBodySchema)) body: CreatePortOrderBody,
  ): Promise<PortOrder> {
    return this.porting.create(actor, body);
  }

  @Get('porting-orders')
  @ApiZodQuery(ListPortOrdersQuerySchema)
  @ApiZodResponse(200, publicListSchema(PortOrderListSchema), 'One page of orders, oldest first')
  list(
    @CurrentActor() actor: Actor,
    @Query(new ZodValidationPipe(ListPortOrdersQuerySchema, 'query')) query: ListPortOrdersQuery,
  ): Promise<PortOrderList> {
    return this.porting.list(actor, query);
  }

  @Get('porting-orders/:id')
  @ApiZodResponse(200, PortOrderSchema, 'The order, each number with its own status')
  @ApiProblems(ErrorCode.PortingOrderNotFound)
  get(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<PortOrder> {
    return this.porting.get(actor, id);
  }

  @Patch('porting-orders/:id')
  @ApiOperation({
    summary: 'Change a draft, or fix an order in exception before resubmitting; 409 invalid_state_transition otherwise',
  })
  @ApiZodBody(UpdatePortOrderBodySchema)
  @ApiZodResponse(200, PortOrderSchema, 'The order')
  @ApiProblems(ErrorCode.PortingOrderNotFound, ErrorCode.PortingDocumentNotFound, ErrorCode.InvalidStateTransition)
  update(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body(new ZodValidationPipe(UpdatePortOrderBodySchema)) body: UpdatePortOrderBody,
  ): Promise<PortOrder> {
    return this.porting.update(actor, id, body);
  }

  @Post('porting-orders/:id/actions/submit')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Submit (or resubmit after an exception): the porting fee is charged now; 402 balance_insufficient leaves it a draft',
  })
  @ApiZodResponse(200, PortOrderSchema, 'The order (submitted)')
  @ApiProblems(ErrorCode.PortingOrderNotFound, ErrorCode.InvalidStateTransition, ErrorCode.BalanceInsufficient)
  submit(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<PortOrder> {
    return this.porting.submit(actor, id);
  }

  @Post('porting-orders/:id/actions/cancel')
  @HttpCode(200)
  @ApiOperation({ summary: 'Cancel before the FOC date (not within 24 h of it): the porting fee is refunded' })
  @ApiZodBody(CancelPortOrderBodySchema)
  @ApiZodResponse(200, PortOrderSchema, 'The order (cancelled)')
  @ApiProblems(ErrorCode.PortingOrderNotFound, ErrorCode.InvalidStateTransition, ErrorCode.PortingCancelWindowClosed)
  cancel(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body(new ZodValidationPipe(CancelPortOrderBodySchema)) body: CancelPortOrderBody,
  ): Promise<PortOrder> {
    return this.porting.cancel(actor, id, body);
  }

  @Get('porting-orders/:id/timeline')
  @ApiZodResponse(200, PortTimelineSchema, 'Every transition, fee, dropped number and comment, in time order')
  @ApiProblems(ErrorCode.PortingOrderNotFound)
  timeline(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<PortTimeline> {
    return this.porting.timeline(actor, id);
  }

  @Post('porting-orders/:id/comments')
  @ApiZodBody(PortCommentBodySchema)
  @ApiZodResponse(201, PortTimelineSchema, 'The timeline with the comment')
  @ApiProblems(ErrorCode.PortingOrderNotFound)
  comment(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body(new ZodValidationPipe(PortCommentBodySchema)) body: PortCommentBody,
  ): Promise<PortTimeline> {
    return this.porting.comment(actor, id, body);
  }
}
