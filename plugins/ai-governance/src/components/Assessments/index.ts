export { AssessmentsView } from './AssessmentsView';
