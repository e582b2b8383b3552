import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ErrorCode } from '@did/contracts';
import { actingAccountOf } from '../auth/acting-account';
import { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { listResponseSchema } from '../http/cursor';
import { ApiZodBody, ApiZodQuery, ApiZodResponse } from '../http/openapi.decorators';
import { ApiProblems } from '../http/openapi-problems';
import { ZodValidationPipe } from '../http/zod-validation.pipe';
import { Idempotent } from '../idempotency/idempotent.decorator';
import { presentAccount } from './account.presenter';
import { AccountsService } from './accounts.service';
import {
  AccountResponse,
  AccountResponseSchema,
  CreateAccountBody,
  CreateAccountBodySchema,
  ListAccountsQuery,
  ListAccountsQuerySchema,
} from './dto/account.dto';

const AccountList = listResponseSchema(AccountResponseSchema).meta({ id: 'AccountList' });

@ApiTags('Accounts')
@ApiBearerAuth()
@Controller({ path: 'accounts', version: '1' })
export class AccountsController {
  constructor(private readonly accounts: AccountsService) {}

  @Post()
  @Idempotent()
  @ApiOperation({ summary: 'Create a partner (operator key) or a tenant under your partner account' })
  @ApiZodBody(CreateAccountBodySchema)
  @ApiZodResponse(201, AccountResponseSchema, 'The new account')
  @ApiProblems(ErrorCode.TenantCannotHaveSubaccounts)
  async create(
    @CurrentActor() actor: Actor,
    @Body(new ZodValidationPipe(CreateAccountBodySchema)) body: CreateAccountBody,
  ): Promise<AccountResponse> {
    return presentAccount(await this.accounts.create(actor, body), actor);
  }

  @Get()
  @ApiOperation({ summary: 'List your tenants (partner) or all partners (operator)' })
  @ApiZodQuery(ListAccountsQuerySchema)
  @ApiZodResponse(200, AccountList, 'One page of accounts, oldest first')
  async list(
    @CurrentActor() actor: Actor,
    @Query(new ZodValidationPipe(ListAccountsQuerySchema, 'query')) query: ListAccountsQuery,
  ) {
    const page = await this.accounts.list(actor, query);
    return {
      data: page.data.map((a) => presentAccount(a, actor)),
      meta: { total: page.total, next_cursor: page.nextCursor },
    };
  }

  @Get('me')
  @ApiOperation({ summary: 'The account the request acts on: your own, or the tenant named by Account-Id' })
  @ApiZodResponse(200, AccountResponseSchema, 'The account')
  me(@CurrentActor() actor: Actor): AccountResponse {
    return presentAccount(actingAccountOf(actor), actor);
  }

  @Get(':id')
  @ApiOperation({ summary: 'Get your own account or one of your tenants' })
  @ApiZodResponse(200, AccountResponseSchema, 'The account')
  @ApiProblems(ErrorCode.AccountNotFound)
  async get(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<AccountResponse> {
    return presentAccount(await this.accounts.get(actor, id), actor);
  }
}
