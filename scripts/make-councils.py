#!/usr/bin/env python3
"""Writes data/councils.tsv: every UK local authority with its common aliases.

The names are written here by hand (England's London boroughs, metropolitan
boroughs, unitary authorities, counties and districts, including those merged
away since 2019 because older weeknotes name them; Scotland, Wales, Northern
Ireland). Aliases follow the councils' own styles: "X Council", "London Borough
of X", "Royal Borough of X", "X City Council", "X County Council", ...
Run: python3 scripts/make-councils.py > data/councils.tsv
"""

LONDON = """Barking and Dagenham|Barnet|Bexley|Brent|Bromley|Camden|Croydon|Ealing|Enfield|Greenwich*|
Hackney|Hammersmith and Fulham|Haringey|Harrow|Havering|Hillingdon|Hounslow|Islington|Kensington and Chelsea*|
Kingston upon Thames*|Lambeth|Lewisham|Merton|Newham|Redbridge|Richmond upon Thames|Southwark|Sutton|
Tower Hamlets|Waltham Forest|Wandsworth"""
LONDON_CITY = ["City of London", "Westminster"]
METROPOLITAN_CITIES = """Birmingham|Bradford|Coventry|Leeds|Liverpool|Manchester|Newcastle upon Tyne|Salford|
Sheffield|Sunderland|Wakefield|Wolverhampton"""
METROPOLITAN = """Barnsley|Bolton|Bury|Calderdale|Doncaster|Dudley|Gateshead|Kirklees|Knowsley|Oldham|Rochdale|
Rotherham|Sandwell|Sefton|Solihull|South Tyneside|North Tyneside|St Helens|Stockport|Tameside|Trafford|Walsall|
Wigan|Wirral"""
UNITARY_CITIES = """Bath and North East Somerset|Brighton and Hove|Bristol|Derby|Hull|Leicester|Nottingham|
Peterborough|Plymouth|Portsmouth|Southampton|Stoke-on-Trent|York"""
UNITARY = """Bedford|Blackburn with Darwen|Blackpool|Bournemouth, Christchurch and Poole|Bracknell Forest|
Buckinghamshire|Central Bedfordshire|Cheshire East|Cheshire West and Chester|Cornwall|Cumberland|Darlington|
Dorset|Durham|East Riding of Yorkshire|Halton|Hartlepool|Herefordshire|Isle of Wight|Isles of Scilly|
Luton|Medway|Middlesbrough|Milton Keynes|North East Lincolnshire|North Lincolnshire|North Northamptonshire|
North Somerset|North Yorkshire|Northumberland|Reading|Redcar and Cleveland|Rutland|Shropshire|Slough|Somerset|
South Gloucestershire|Southend-on-Sea|Stockton-on-Tees|Swindon|Telford and Wrekin|Thurrock|Torbay|
Warrington|West Berkshire|West Northamptonshire|Westmorland and Furness|Wiltshire|Windsor and Maidenhead*|
Wokingham"""
COUNTIES = """Cambridgeshire|Derbyshire|Devon|East Sussex|Essex|Gloucestershire|Hampshire|Hertfordshire|Kent|
Lancashire|Leicestershire|Lincolnshire|Norfolk|Nottinghamshire|Oxfordshire|Staffordshire|Suffolk|Surrey|
Warwickshire|West Sussex|Worcestershire|Cumbria|Northamptonshire"""
DISTRICTS = """Adur|Amber Valley|Arun|Ashfield|Ashford|Babergh|Basildon|Basingstoke and Deane|Bassetlaw|Blaby|
Bolsover|Boston|Braintree|Breckland|Brentwood|Broadland|Bromsgrove|Broxbourne|Broxtowe|Burnley|Cambridge|
Cannock Chase|Canterbury|Castle Point|Charnwood|Chelmsford|Cheltenham|Cherwell|Chesterfield|Chichester|
Chorley|Colchester|Cotswold|Crawley|Dacorum|Dartford|Derbyshire Dales|Dover|East Cambridgeshire|East Devon|
East Hampshire|East Hertfordshire|East Lindsey|East Staffordshire|East Suffolk|Eastbourne|Eastleigh|Elmbridge|
Epping Forest|Epsom and Ewell|Erewash|Exeter|Fareham|Fenland|Folkestone and Hythe|Forest of Dean|Fylde|Gedling|
Gloucester|Gosport|Gravesham|Great Yarmouth|Guildford|Harborough|Harlow|Hart|Hastings|Havant|Hertsmere|
High Peak|Hinckley and Bosworth|Horsham|Huntingdonshire|Hyndburn|Ipswich|King's Lynn and West Norfolk|Lancaster|
Lewes|Lichfield|Lincoln|Maidstone|Maldon|Malvern Hills|Mansfield|Melton|Mid Devon|Mid Suffolk|Mid Sussex|
Mole Valley|New Forest|Newark and Sherwood|Newcastle-under-Lyme|North Devon|North East Derbyshire|
North Hertfordshire|North Kesteven|North Norfolk|North Warwickshire|North West Leicestershire|Norwich|
Nuneaton and Bedworth|Oadby and Wigston|Oxford|Pendle|Preston|Redditch|Reigate and Banstead|Ribble Valley|
Rochford|Rossendale|Rother|Rugby|Runnymede|Rushcliffe|Rushmoor|Sevenoaks|South Cambridgeshire|
South Derbyshire|South Hams|South Holland|South Kesteven|South Norfolk|South Oxfordshire|South Ribble|
South Staffordshire|Spelthorne|St Albans|Stafford|Staffordshire Moorlands|Stevenage|Stratford-on-Avon|Stroud|
Swale|Tamworth|Tandridge|Teignbridge|Tendring|Test Valley|Tewkesbury|Thanet|Three Rivers|Tonbridge and Malling|
Torridge|Tunbridge Wells|Uttlesford|Vale of White Horse|Warwick|Watford|Waverley|Wealden|Welwyn Hatfield|
West Devon|West Lancashire|West Lindsey|West Oxfordshire|West Suffolk|Winchester|Woking|Worcester|Worthing|
Wychavon|Wyre|Wyre Forest|Adur and Worthing|
Allerdale|Barrow-in-Furness|Carlisle|Copeland|Eden|South Lakeland|Craven|Hambleton|Harrogate|Richmondshire|
Ryedale|Scarborough|Selby|Mendip|Sedgemoor|Somerset West and Taunton|South Somerset|Aylesbury Vale|Chiltern|
South Bucks|Wycombe|Corby|Daventry|East Northamptonshire|Kettering|Northampton|South Northamptonshire|
Wellingborough|Christchurch|Poole|Bournemouth|East Dorset|North Dorset|Purbeck|West Dorset|Weymouth and Portland"""
SCOTLAND = """Aberdeen|Aberdeenshire|Angus|Argyll and Bute|Clackmannanshire|Dumfries and Galloway|Dundee|
East Ayrshire|East Dunbartonshire|East Lothian|East Renfrewshire|Edinburgh|Falkirk|Fife|Glasgow|Highland|
Inverclyde|Midlothian|Moray|Na h-Eileanan Siar|North Ayrshire|North Lanarkshire|Orkney Islands|
Perth and Kinross|Renfrewshire|Scottish Borders|Shetland Islands|South Ayrshire|South Lanarkshire|Stirling|
West Dunbartonshire|West Lothian"""
WALES = """Blaenau Gwent|Bridgend|Caerphilly|Cardiff|Carmarthenshire|Ceredigion|Conwy|Denbighshire|Flintshire|
Gwynedd|Isle of Anglesey|Merthyr Tydfil|Monmouthshire|Neath Port Talbot|Newport|Pembrokeshire|Powys|
Rhondda Cynon Taf|Swansea|Torfaen|Vale of Glamorgan|Wrexham"""
NI = """Antrim and Newtownabbey|Ards and North Down|Armagh City, Banbridge and Craigavon|Belfast|
Causeway Coast and Glens|Derry City and Strabane|Fermanagh and Omagh|Lisburn and Castlereagh|Mid and East Antrim|
Mid Ulster|Newry, Mourne and Down"""

# Place names that are also common words or people's names: matched only with
# a council word beside them ("Reading Borough Council", "Bury Council").
AMBIGUOUS = {"Reading", "Bury", "Hart", "Rugby", "Eden", "Preston", "Lincoln", "Stafford", "Dudley",
             "Boston", "Warwick", "Lancaster", "Carlisle", "Richmondshire", "Copeland", "Hastings", "Wyre",
             "Swale", "Rother", "Arun", "Melton", "Dover", "Moray", "Highland", "Angus", "Fife", "Newport",
             "Bedford", "Christchurch", "Poole", "Selby", "Craven", "Bromley", "Chester", "Halton",
             "Ashford", "Bolton", "Bradford", "Wakefield", "Durham", "Harlow", "Maldon", "Purbeck",
             "Mendip", "Corby", "Devon", "Kent", "Stirling", "Orkney Islands", "Shetland Islands",
             "Boston"}
# Counties and cities that are neither common words nor people's names
# (Essex, Cornwall, Oxford...) match by their bare name: where a note names
# one only as a place ("a holiday in Dorset"), the rule type.place in
# data/rules.txt makes it no entity, as the ontology asks.

SHORT = {"Kingston upon Thames": ["Kingston"], "Richmond upon Thames": ["Richmond"],
         "Newcastle upon Tyne": ["Newcastle"], "Hammersmith and Fulham": ["LBHF", "H&F"],
         "Kensington and Chelsea": ["RBKC"], "Barking and Dagenham": ["LBBD"],
         "Bath and North East Somerset": ["BANES", "B&NES"], "Brighton and Hove": ["Brighton & Hove"],
         "Hull": ["Kingston upon Hull", "Hull City Council"],
         "Bournemouth, Christchurch and Poole": ["BCP", "BCP Council"],
         "Stoke-on-Trent": ["Stoke"], "Southend-on-Sea": ["Southend"], "Windsor and Maidenhead": ["RBWM"],
         "Edinburgh": ["City of Edinburgh", "City of Edinburgh Council"],
         "Glasgow": ["Glasgow City Council"], "Aberdeen": ["Aberdeen City Council"],
         "Dundee": ["Dundee City Council"], "Na h-Eileanan Siar": ["Comhairle nan Eilean Siar", "Western Isles"],
         "City of London": ["City of London Corporation", "Corporation of London", "the City Corporation"],
         "Westminster": ["City of Westminster", "Westminster City Council"],
         "Isle of Anglesey": ["Anglesey"], "Rhondda Cynon Taf": ["RCT"], "Cheshire West and Chester": ["CWAC"],
         "Blackburn with Darwen": ["Blackburn"], "Telford and Wrekin": ["Telford"],
         "Adur and Worthing": ["Adur & Worthing"], "Tower Hamlets": ["LBTH"],
         "King's Lynn and West Norfolk": ["King's Lynn"], "Durham": ["County Durham"],
         "Herefordshire": ["Hereford"], "Milton Keynes": ["MK Council"], "Waltham Forest": ["LBWF"],
         "Newham": ["LBN"], "Hackney": ["LBH"], "Camden": ["LB Camden"], "Southwark": ["LB Southwark"]}


def names(block):
    return [n.strip() for n in block.replace("\n", "").split("|") if n.strip()]


def amp(name):
    return [name.replace(" and ", " & ")] if " and " in name else []


def row(name, aliases, ambiguous=False):
    seen, out = {name}, []
    for a in aliases + SHORT.get(name, []):
        for v in [a] + amp(a):
            if v not in seen:
                seen.add(v)
                out.append(v)
    flag = "ambiguous" if ambiguous else ""
    return "\t".join(["Council", name, "|".join(out), flag]).rstrip("\t")


rows = []
for n in names(LONDON):
    royal = n.endswith("*")
    n = n.rstrip("*")
    style = "Royal Borough of " if royal else "London Borough of "
    rows.append(row(n, [n + " Council", style + n, "LB " + n if not royal else "RB " + n,
                        n + " London Borough Council"], n in AMBIGUOUS))
for n in LONDON_CITY:
    rows.append(row(n, [n + " Council"]))
for n in names(METROPOLITAN_CITIES) + names(UNITARY_CITIES):
    rows.append(row(n, [n + " City Council", n + " Council", "City of " + n, "City of " + n + " Council"],
                    n in AMBIGUOUS))
# Metropolitan boroughs also style themselves "X Borough Council" (Rochdale,
# Stockport).
for n in names(METROPOLITAN):
    rows.append(row(n, [n + " Council", n + " Metropolitan Borough Council", "Metropolitan Borough of " + n,
                        n + " Borough Council"], n in AMBIGUOUS))
for n in names(UNITARY):
    royal = n.endswith("*")
    n = n.rstrip("*")
    extra = ["Royal Borough of " + n] if royal else []
    rows.append(row(n, [n + " Council", n + " Borough Council", "Borough of " + n] + extra, n in AMBIGUOUS))
for n in names(COUNTIES):
    rows.append(row(n, [n + " County Council", n + " Council"], n in AMBIGUOUS))
for n in names(DISTRICTS):
    rows.append(row(n, [n + " District Council", n + " Borough Council", n + " City Council", n + " Council"],
                    n in AMBIGUOUS))
# Northern Ireland's councils style themselves "X Borough Council" or
# "X District Council" (Derry City and Strabane, Mid Ulster).
for n in names(SCOTLAND) + names(NI):
    district = [n + " District Council"] if n in names(NI) else []
    rows.append(row(n, [n + " Council", n + " County Council", n + " City Council", n + " Borough Council"] + district,
                    n in AMBIGUOUS))
# Welsh principal councils also style themselves "X County Borough Council"
# (Torfaen, Caerphilly) and "City and County of X" (Swansea, Cardiff), and
# in Welsh "Cyngor X" or "Cyngor Sir X" (Cyngor Gwynedd, Cyngor Sir Powys).
for n in names(WALES):
    rows.append(row(n, [n + " Council", n + " County Council", n + " City Council", n + " Borough Council",
                        n + " County Borough Council", "City and County of " + n, "Cyngor " + n,
                        "Cyngor Sir " + n], n in AMBIGUOUS))

print("# type\tcanonical name\taliases separated by |\tflags (ambiguous: needs a council word beside it)")
print("# Every UK local authority; generated by scripts/make-councils.py.")
for r in sorted(set(rows)):
    print(r)
