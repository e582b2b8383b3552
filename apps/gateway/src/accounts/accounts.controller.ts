import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { listResponseSchema } from '../http/cursor';
import { ApiZodBody, ApiZodQuery, ApiZodResponse } from '../http/openapi.decorators';
import { ZodValidationPipe } from '../http/zod-validation.pipe';
import { Idempotent } from '../idempotency/idempotent.decorator';
import { presentAccount } from './account.presenter';
import { AccountsService } from './accounts.service';
import { AccountResponse, CreateAccountBody, ListAccountsQuery } from './dto/account.dto';

const AccountList = listResponseSchema(AccountResponse);

@ApiTags('Accounts')
@ApiBearerAuth()
@Controller({ path: 'accounts', version: '1' })
export class AccountsController {
  constructor(private readonly accounts: AccountsService) {}

  @Post()
  @Idempotent()
  @ApiOperation({ summary: 'Create a partner (operator key) or a tenant under your partner account' })
  @ApiZodBody(CreateAccountBody)
  @ApiZodResponse(201, AccountResponse, 'The new account')
  async create(@CurrentActor() actor: Actor, @Body(new ZodValidationPipe(CreateAccountBody)) body: CreateAccountBody): Promise<AccountResponse> {
    return presentAccount(await this.accounts.create(actor, body), actor);
  }

  @Get()
  @ApiOperation({ summary: 'List your tenants (partner) or all partners (operator)' })
  @ApiZodQuery(ListAccountsQuery)
  @ApiZodResponse(200, AccountList, 'One page of accounts, oldest first')
  async list(@CurrentActor() actor: Actor, @Query(new ZodValidationPipe(ListAccountsQuery, 'query')) query: ListAccountsQuery) {
    const page = await this.accounts.list(actor, query);
    return { data: page.data.map((a) => presentAccount(a, actor)), meta: { total: page.total, next_cursor: page.nextCursor } };
  }

  @Get(':id')
  @ApiOperation({ summary: 'Get your own account or one of your tenants' })
  @ApiZodResponse(200, AccountResponse, 'The account')
  async get(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<AccountResponse> {
    return presentAccount(await this.accounts.get(actor, id), actor);
  }
}
