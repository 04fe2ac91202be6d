export * from './name';
export * from './nhs-number';
export * from './postcode';
export * from './random';
export * from './school-urn';
export * from './upn';
export * from './validators';
