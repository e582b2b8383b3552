/** Kinds of phone numbers. WARNING: persisted in inventory and ordering tables and in events. */
export const NumberType = { Local: 'local', TollFree: 'toll_free', National: 'national', Mobile: 'mobile' } as const;
export type NumberType = (typeof NumberType)[keyof typeof NumberType];
export const NUMBER_TYPES = Object.values(NumberType) as [NumberType, ...NumberType[]];

/** What a number can do. WARNING: persisted and published. */
export const Capability = { Voice: 'voice', Sms: 'sms', Mms: 'mms', Fax: 'fax' } as const;
export type Capability = (typeof Capability)[keyof typeof Capability];
export const CAPABILITIES = Object.values(Capability) as [Capability, ...Capability[]];
