export * from './concern-category';
export * from './referral-source';
export * from './screening';
export * from './information-sharing';
export * from './strategy';
