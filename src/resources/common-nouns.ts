/**
 * Common nouns for people, organizations and places that name an entity of their own ("the team", "critics"): the
 * heads of generic descriptions (mentions) and of speaker descriptions no actor stands behind (speakers).
 */
export const GENERIC_NOUNS: ReadonlyMap<string, 'person' | 'organization' | 'place'> = new Map([
  ...['man', 'woman', 'child', 'boy', 'girl', 'teenager', 'user', 'player', 'fan', 'member', 'student', 'critic', 'coach', 'worker',
    'resident', 'citizen', 'voter', 'victim', 'survivor', 'witness', 'journalist', 'reporter', 'doctor', 'patient', 'scientist',
    'researcher', 'expert', 'analyst', 'lawyer', 'teacher', 'parent', 'father', 'mother', 'son', 'daughter', 'wife', 'husband',
    'family', 'friend', 'supporter', 'opponent', 'candidate', 'winner', 'driver', 'passenger', 'pilot', 'owner', 'founder',
    'employee', 'manager', 'director', 'executive', 'dignitary', 'participant', 'competitor', 'athlete', 'captain', 'poster',
    'editor', 'author', 'writer', 'artist', 'singer', 'actor', 'actress', 'volunteer', 'refugee', 'migrant', 'immigrant',
    'prisoner', 'suspect', 'attacker', 'gunman', 'hostage', 'crowd', 'audience', 'person', 'someone', 'anyone', 'everyone',
    'people', 'men', 'women', 'children', 'individual', 'adult', 'kid', 'baby', 'generation', 'population', 'public'].map((w) => [w, 'person'] as const),
  ...['team', 'organization', 'organisation', 'group', 'company', 'firm', 'school', 'church', 'club', 'committee', 'council',
    'agency', 'party', 'union', 'association', 'alliance', 'coalition', 'network', 'institution', 'university', 'college',
    'hospital', 'bank', 'court', 'board', 'department', 'ministry', 'office', 'station', 'newspaper', 'channel', 'website',
    'campaign', 'movement', 'organizer', 'organisers', 'organizers', 'delegation', 'band', 'squad', 'side'].map((w) => [w, 'organization'] as const),
  ...['world', 'city', 'town', 'village', 'region', 'area', 'home', 'capital', 'territory', 'province', 'island', 'continent',
    'place', 'site', 'building', 'hall', 'venue', 'stadium', 'memorial', 'grounds', 'street', 'road', 'border', 'neighbourhood',
    'neighborhood', 'district', 'county', 'state', 'countryside', 'coast', 'river', 'lake', 'sea', 'ocean', 'mountain', 'park',
    'camp', 'base', 'airport', 'port', 'house', 'room', 'prison', 'spot', 'field', 'pitch', 'court', 'nation', 'country',
    'land', 'location', 'zone', 'headquarters', 'embassy', 'market', 'store', 'shop', 'restaurant', 'hotel', 'office'].map((w) => [w, 'place'] as const),
]);
