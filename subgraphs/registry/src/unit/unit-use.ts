import { registerEnumType } from 'type-graphql';

export enum UnitUse {
  RESIDENTIAL = 'RESIDENTIAL',
  COMMERCIAL = 'COMMERCIAL',
  OTHER = 'OTHER',
}

registerEnumType(UnitUse, {
  name: 'UnitUse',
  description: 'What an exclusive unit is used for (用途).',
  valuesConfig: {
    RESIDENTIAL: { description: 'A flat (住宅).' },
    COMMERCIAL: { description: 'A shop or office (商业).' },
    OTHER: { description: 'Anything else, e.g. a storage room or parking space with its own title (其他).' },
  },
});
