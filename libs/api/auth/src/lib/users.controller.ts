import { Body, Controller, Get, HttpCode, Ip, Param, Patch, Post } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { Access, CurrentPrincipal, Principal, ZodValidationPipe } from '@rapport/api-core';
import { CreateUserRequest, createUserSchema, UpdateUserRequest, updateUserSchema, UserDto, UserWithPasswordDto } from '@rapport/contracts';
import { UsersService } from './users.service';

@ApiTags('users')
@Controller('users')
@Access({ roles: ['admin'] })
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @ApiOkResponse({ description: 'Every account with role, vendor, last sign-in, disabled and lock-out state.' })
  list(): Promise<UserDto[]> {
    return this.users.list();
  }

  @Post()
  @ApiBody({ schema: z.toJSONSchema(createUserSchema, { io: 'input' }) as object })
  @ApiOkResponse({ description: 'The new account and its temporary password, shown this once.' })
  create(@Body(new ZodValidationPipe(createUserSchema)) body: CreateUserRequest, @CurrentPrincipal() actor: Principal, @Ip() ip: string): Promise<UserWithPasswordDto> {
    return this.users.create(body, actor, ip);
  }

  @Get(':id')
  @ApiOkResponse({ description: 'One account.' })
  get(@Param('id') id: string): Promise<UserDto> {
    return this.users.get(id);
  }

  @Patch(':id')
  @ApiBody({ schema: z.toJSONSchema(updateUserSchema, { io: 'input' }) as object })
  @ApiOkResponse({ description: 'Changes name, role, vendor or disabled state; disabling ends the user’s sessions.' })
  update(@Param('id') id: string, @Body(new ZodValidationPipe(updateUserSchema)) body: UpdateUserRequest, @CurrentPrincipal() actor: Principal, @Ip() ip: string): Promise<UserDto> {
    return this.users.update(id, body, actor, ip);
  }

  @Post(':id/password-reset')
  @HttpCode(200)
  @ApiOkResponse({ description: 'A new temporary password, shown this once; ends the user’s sessions and lifts a lock-out.' })
  resetPassword(@Param('id') id: string, @CurrentPrincipal() actor: Principal, @Ip() ip: string): Promise<UserWithPasswordDto> {
    return this.users.resetPassword(id, actor, ip);
  }
}
