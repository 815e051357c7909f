export { RiskRegister } from './RiskRegister';
export type { RiskRegisterProps } from './RiskRegister';
