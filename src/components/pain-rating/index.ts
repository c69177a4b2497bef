export { PainRating, type PainRatingEvents } from './pain-rating';
