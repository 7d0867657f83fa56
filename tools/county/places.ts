// The geography of the synthetic county: Hertfordshire's postcode districts (the outward codes of
// the AL, SG, WD, EN, HP and CM areas that serve the county; Bedfordshire, Buckinghamshire, Essex
// and London districts in those ranges are left out), their towns and districts, weighted by
// roughly how many people live there; and street names from Faker's en_GB locale.
import { en_GB } from '@faker-js/faker';
import { Random, Weighted } from './random';

export interface PostcodeDistrict {
  outward: string;
  town: string;
  /** The local authority district: police and housing teams are organised by it. */
  district: string;
  /** Relative population. */
  weight: number;
}

export const POSTCODE_DISTRICTS: readonly PostcodeDistrict[] = [
  { outward: 'AL1', town: 'St Albans', district: 'St Albans', weight: 3 },
  { outward: 'AL2', town: 'London Colney', district: 'St Albans', weight: 2 },
  { outward: 'AL3', town: 'St Albans', district: 'St Albans', weight: 3 },
  { outward: 'AL4', town: 'St Albans', district: 'St Albans', weight: 2.5 },
  { outward: 'AL5', town: 'Harpenden', district: 'St Albans', weight: 3 },
  { outward: 'AL6', town: 'Welwyn', district: 'Welwyn Hatfield', weight: 1 },
  { outward: 'AL7', town: 'Welwyn Garden City', district: 'Welwyn Hatfield', weight: 3 },
  { outward: 'AL8', town: 'Welwyn Garden City', district: 'Welwyn Hatfield', weight: 2 },
  { outward: 'AL9', town: 'Hatfield', district: 'Welwyn Hatfield', weight: 1.5 },
  { outward: 'AL10', town: 'Hatfield', district: 'Welwyn Hatfield', weight: 2.5 },
  { outward: 'SG1', town: 'Stevenage', district: 'Stevenage', weight: 4 },
  { outward: 'SG2', town: 'Stevenage', district: 'Stevenage', weight: 4.5 },
  { outward: 'SG3', town: 'Knebworth', district: 'North Hertfordshire', weight: 0.8 },
  { outward: 'SG4', town: 'Hitchin', district: 'North Hertfordshire', weight: 2.5 },
  { outward: 'SG5', town: 'Hitchin', district: 'North Hertfordshire', weight: 2 },
  { outward: 'SG6', town: 'Letchworth Garden City', district: 'North Hertfordshire', weight: 3 },
  { outward: 'SG7', town: 'Baldock', district: 'North Hertfordshire', weight: 1.2 },
  { outward: 'SG8', town: 'Royston', district: 'North Hertfordshire', weight: 2 },
  { outward: 'SG9', town: 'Buntingford', district: 'East Hertfordshire', weight: 1 },
  { outward: 'SG10', town: 'Much Hadham', district: 'East Hertfordshire', weight: 0.4 },
  { outward: 'SG11', town: 'Puckeridge', district: 'East Hertfordshire', weight: 0.5 },
  { outward: 'SG12', town: 'Ware', district: 'East Hertfordshire', weight: 2.5 },
  { outward: 'SG13', town: 'Hertford', district: 'East Hertfordshire', weight: 2.5 },
  { outward: 'SG14', town: 'Hertford', district: 'East Hertfordshire', weight: 2 },
  { outward: 'WD3', town: 'Rickmansworth', district: 'Three Rivers', weight: 3 },
  { outward: 'WD4', town: 'Kings Langley', district: 'Dacorum', weight: 1 },
  { outward: 'WD5', town: 'Abbots Langley', district: 'Three Rivers', weight: 1.5 },
  { outward: 'WD6', town: 'Borehamwood', district: 'Hertsmere', weight: 3.5 },
  { outward: 'WD7', town: 'Radlett', district: 'Hertsmere', weight: 1.2 },
  { outward: 'WD17', town: 'Watford', district: 'Watford', weight: 2 },
  { outward: 'WD18', town: 'Watford', district: 'Watford', weight: 2 },
  { outward: 'WD19', town: 'South Oxhey', district: 'Three Rivers', weight: 2.5 },
  { outward: 'WD23', town: 'Bushey', district: 'Hertsmere', weight: 2.5 },
  { outward: 'WD24', town: 'Watford', district: 'Watford', weight: 2 },
  { outward: 'WD25', town: 'Watford', district: 'Watford', weight: 2.5 },
  { outward: 'EN6', town: 'Potters Bar', district: 'Hertsmere', weight: 2.5 },
  { outward: 'EN7', town: 'Cheshunt', district: 'Broxbourne', weight: 1.5 },
  { outward: 'EN8', town: 'Waltham Cross', district: 'Broxbourne', weight: 4 },
  { outward: 'EN10', town: 'Broxbourne', district: 'Broxbourne', weight: 1.5 },
  { outward: 'EN11', town: 'Hoddesdon', district: 'Broxbourne', weight: 2.5 },
  { outward: 'HP1', town: 'Hemel Hempstead', district: 'Dacorum', weight: 3.5 },
  { outward: 'HP2', town: 'Hemel Hempstead', district: 'Dacorum', weight: 3.5 },
  { outward: 'HP3', town: 'Hemel Hempstead', district: 'Dacorum', weight: 3 },
  { outward: 'HP4', town: 'Berkhamsted', district: 'Dacorum', weight: 2 },
  { outward: 'HP23', town: 'Tring', district: 'Dacorum', weight: 1.5 },
  { outward: 'CM21', town: 'Sawbridgeworth', district: 'East Hertfordshire', weight: 1 },
  { outward: 'CM22', town: "Bishop's Stortford", district: 'East Hertfordshire', weight: 0.5 },
  { outward: 'CM23', town: "Bishop's Stortford", district: 'East Hertfordshire', weight: 3.5 },
];

export const DISTRICTS: readonly string[] = [...new Set(POSTCODE_DISTRICTS.map((d) => d.district))];

/** Letters the Royal Mail uses in the inward code's unit (never C, I, K, M, O or V). */
const INWARD_LETTERS = 'ABDEFGHJLNPQRSTUWXYZ';

export class Geography {
  private readonly districts = new Weighted(POSTCODE_DISTRICTS.map((d) => [d, d.weight] as const));
  private readonly streets: Weighted<string>;

  constructor() {
    const location = (en_GB as { location?: { street_name?: string[]; street_suffix?: string[] } }).location;
    const named = location?.street_name ?? [];
    const suffixes = location?.street_suffix ?? ['Road', 'Close', 'Street', 'Lane', 'Avenue', 'Drive', 'Way'];
    // Local-sounding streets as well as the generic ones: "Shephall Way", "Fairlands Close".
    const local = 'Shephall Fairlands Bedwell Chells Pin Green Symonds Green Broadwater Longmeadow Oaklands Leyton Cowper Ashwell Gresley Bancroft Walsworth Icknield Norton Wilbury Pixmore Tudor Verulam Marlborough Cassio Harebreaks Leavesden Garston Nascot Bennetts Highfield Adeyfield Grovehill Warners Gadebridge Boxmoor Apsley Chaulden Potten Ermine Cromwell Moneyhole Hornbeam Bengeo Sele Kingsmead Chadwell Fanhams Hertingfordbury Turnford Rosedale Goffs Cuffley'.split(' ');
    const generated = local.flatMap((stem, i) => [`${stem} ${suffixes[i % suffixes.length]}`, `${stem} ${suffixes[(i * 7 + 3) % suffixes.length]}`]);
    this.streets = new Weighted([...named.map((s) => [s, 1] as const), ...generated.map((s) => [s, 1] as const)]);
  }

  district(random: Random): PostcodeDistrict {
    return this.districts.pick(random);
  }

  /** A syntactically valid postcode in the district: "SG1 4PX". */
  postcode(district: PostcodeDistrict, random: Random): string {
    const sector = random.int(1, 9);
    return `${district.outward} ${sector}${random.pick(INWARD_LETTERS.split(''))}${random.pick(INWARD_LETTERS.split(''))}`;
  }

  street(random: Random): string {
    return this.streets.pick(random);
  }

  /** First line of a home address; some homes are flats. */
  homeAddress(random: Random): { line1: string; line2: string | null } {
    const street = this.street(random);
    if (random.chance(0.18)) {
      return { line1: `Flat ${random.int(1, 40)}`, line2: `${random.int(1, 120)} ${street}` };
    }
    return { line1: `${random.int(1, 220)} ${street}`, line2: null };
  }
}
