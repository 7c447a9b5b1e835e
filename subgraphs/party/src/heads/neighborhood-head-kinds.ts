import { registerEnumType } from 'type-graphql';

/** The three heads (三长) of a neighborhood's buildings. */
export enum NeighborhoodHeadKind {
  BUILDING_HEAD = 'BUILDING_HEAD',
  ENTRANCE_HEAD = 'ENTRANCE_HEAD',
  GRID_HEAD = 'GRID_HEAD',
}

registerEnumType(NeighborhoodHeadKind, {
  name: 'NeighborhoodHeadKind',
  description: 'Kind of head (三长类型).',
  valuesConfig: {
    BUILDING_HEAD: { description: 'Building head (楼栋长): one building.' },
    ENTRANCE_HEAD: { description: 'Unit/entrance head (单元长): one entrance (单元) of a building.' },
    GRID_HEAD: { description: 'Grid head (网格长): a named grid (网格) of the neighborhood.' },
  },
});

/** How the head was chosen (金乡县: 自荐、群众推荐、组织推荐). */
export enum HeadSelection {
  SELF_NOMINATION = 'SELF_NOMINATION',
  RESIDENT_RECOMMENDATION = 'RESIDENT_RECOMMENDATION',
  ORGANIZATION_NOMINATION = 'ORGANIZATION_NOMINATION',
}

registerEnumType(HeadSelection, {
  name: 'NeighborhoodHeadSelection',
  description: 'How the head was chosen (产生方式).',
  valuesConfig: {
    SELF_NOMINATION: { description: 'Self-nomination (自荐).' },
    RESIDENT_RECOMMENDATION: { description: "Residents' recommendation (群众推荐)." },
    ORGANIZATION_NOMINATION: { description: 'Organisational nomination (组织推荐).' },
  },
});
