export * from './AiSystemEntityV1alpha1';
export * from './relations';
