// Names for a synthetic English county. Faker's en_GB locale has no British name lists of its own
// (it falls back to American ones), so the lists are here: the commonest surnames of England and
// Wales in rough order of frequency, a long tail of English toponymic surnames built from common
// elements, and first names by heritage, sex and the decade people were born in. Frequencies
// matter for a realistic person search: there are many Smiths, and some Oliver Smiths.
import { hashString, Random, Weighted } from './random';

export type NameGroup =
  | 'british'
  | 'irish'
  | 'traveller'
  | 'eastern-european'
  | 'south-asian-muslim'
  | 'south-asian-hindu-sikh'
  | 'black-african'
  | 'caribbean'
  | 'chinese'
  | 'other';

export type Cohort = 'child' | 'adult' | 'elder';

/** Commonest surnames of England and Wales, most frequent first (ONS and genealogy sources, approximately). */
const BRITISH_SURNAMES = `Smith Jones Williams Taylor Brown Davies Evans Wilson Thomas Johnson Roberts Robinson Thompson Wright
Walker White Edwards Hughes Green Hall Lewis Harris Clarke Jackson Wood Turner Martin Cooper Hill Ward Morris Moore Clark
Lee King Baker Harrison Morgan Allen James Scott Phillips Watson Davis Parker Price Bennett Young Griffiths Mitchell Kelly
Cook Carter Richardson Bailey Collins Bell Shaw Murphy Miller Cox Richards Marshall Anderson Simpson Ellis Adams Wilkinson
Foster Chapman Powell Webb Rogers Gray Mason Hunt Campbell Matthews Owen Palmer Holmes Mills Barnes Knight Lloyd Butler
Russell Barker Fisher Stevens Jenkins Murray Dixon Harvey Graham Pearson Fletcher Walsh Gibson Howard Andrews Stewart
Elliott Reynolds Saunders Payne Fox Ford Pearce Day Brooks West Lawrence Cole Atkinson Bradley Spencer Dawson Ball Burton
Watts Rose Booth Perry Ryan Grant Wells Armstrong Francis Rees Hayes Hart Hudson Newman Barrett Webster Hunter Gregory Carr
Lowe Page Marsh Riley Dunn Woods Parsons Berry Stone Reid Holland Hawkins Harding Porter Robertson Newton Oliver Reed
Kennedy Williamson Bird Gardner Dean Lane Cooke Bates Henderson Parry Burgess Bishop Walton Burns Nicholson Shepherd Ross
Cross Long Freeman Warren Nicholls Hamilton Sutton McDonald Yates Hodgson Robson Curtis Hopkins Harper Coleman Watkins Moss
Chambers Griffin Sharp Hardy Wheeler Potter Osborne Johnston Gordon Wallace George Jordan Hutchinson Rowe May Pritchard
Gilbert Willis Higgins Read Miles Stevenson Stephenson Hammond Arnold Buckley Walters Hewitt Barber Nelson Slater Austin
Whitehead Mann Frost Lambert Stephens Blake Goodwin Barton Woodward Thomson Cunningham Baxter Clayton Nash Greenwood
Jennings Holt Kemp Poole Bond Stokes Tucker Davidson Fowler Heath Norman Middleton Lawson Banks French Stanley Jarvis Gibbs
Ferguson Hayward Douglas Dickinson Todd Barlow Peters Lucas Knowles Hartley Simmons Morton Alexander Field Morrison Norris
Townsend Preston Hancock Thornton Baldwin Burrows Briggs Storey Pugh Fleming Smyth Grey Philips Mathews Macdonald Davey`
  .split(/\s+/);

const IRISH_SURNAMES = `Murphy Kelly O'Brien Byrne Ryan O'Sullivan Walsh O'Connor McCarthy Doyle Gallagher O'Neill Quinn Brennan
Kavanagh Fitzgerald Lynch Murray Sweeney Doherty Kennedy Duffy Reilly Nolan Brady Farrell Flanagan Maguire Hegarty Daly`
  .split(/\s+/);

const TRAVELLER_SURNAMES = 'Ward Joyce McDonagh Connors Doherty Price Smith Lee Boswell Loveridge Stokes Cash McGinley Sherlock'.split(' ');

const EASTERN_EUROPEAN_SURNAMES = `Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski
Kozłowski Jankowski Mazur Popescu Ionescu Popa Stan Dumitru Kazlauskas Petrauskas Jankauskas Silva Santos Ferreira Pereira
Costa Rossi Russo Esposito Yilmaz Kaya Demir Şahin Çelik Horváth Novák Ivanova Petrov Berisha Krasniqi`
  .split(/\s+/);

const SOUTH_ASIAN_MUSLIM_SURNAMES = `Khan Ali Hussain Ahmed Begum Akhtar Iqbal Rahman Islam Uddin Miah Mahmood Bibi Hassan Rashid Malik Butt
Qureshi Aziz Hossain Chowdhury Shah Ahmad Mohammed Javed Latif Anwar Siddiqui Sheikh Ullah`
  .split(/\s+/);

const SOUTH_ASIAN_HINDU_SIKH_SURNAMES = `Patel Singh Kaur Sharma Gupta Kumar Mistry Parmar Chauhan Sandhu Dhillon Gill Bains Shah Mehta Joshi
Desai Pandya Thakkar Sidhu Grewal Sivakumar Rajendran Gurung Thapa Rai Kapoor Verma`
  .split(/\s+/);

const BLACK_AFRICAN_SURNAMES = `Okafor Adeyemi Mensah Osei Boateng Owusu Okoro Adebayo Nwosu Eze Okonkwo Adewale Ogunleye Asante Addo
Mohamed Abdi Hassan Yusuf Ibrahim Farah Omar Musa Ndlovu Moyo Kamara Sesay Bangura Conteh Oyelaran Afolabi Agyeman`
  .split(/\s+/);

const CARIBBEAN_SURNAMES = `Campbell Brown Williams Francis Grant Henry Clarke Thomas Lewis Gordon Forbes Bailey Johnson Reid Douglas
Richards Morgan Robinson Thompson Smith Edwards Allen Bennett Stewart Wright`
  .split(/\s+/);

const CHINESE_SURNAMES = 'Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Chan Wong Lam Cheung Ng Lau Ho Leung Tang Lin'.split(' ');

const OTHER_SURNAMES = `Haddad Khalil Mansour Saleh Al-Ahmad Ahmadi Hakimi Rahimi Karimi Hosseini Rezaei Santos Reyes Cruz Garcia
Nguyen Tran Le Pham Kim Park Tanaka Sato Cohen Levi Papadopoulos Georgiou`
  .split(/\s+/);

/** Elements of English place-name surnames: Ashworth, Thornfield, Bradley, Whitcombe… */
const TOPONYM_HEADS = `Ash Black Brad Brook Cald Craw Dun Fair Hart Hol Lang Mar Mor North Ox Pen Red Rad Shel Sut Thorn Wat Whit
Wood Bar Bur Cal Chad Chester Dal Elm Farn Gold Hather Kings Lind Mid Oak Pem Rush Stan Sword Tad Wal Wes Wick Win Ack Ald Alder Arn
Bag Bam Bark Bask Beck Birk Black Blen Bol Bot Bram Bran Brid Brom Buck Cart Chap Chorl Clay Clif Cod Cot Crom Cud Dar Dart Dew Ding
East Eg Emb Fal Fen Fern Ful Gar Gil Glen Grim Hal Ham Hanning Hes Heth Hey Hock Hux Ing Kel Ken Kirk Knot Lam Lax Led Ley Lid Lock Lut
Mab Mat Mel Mil Mot Nel Net New Nor Og Ol Orm Ot Pad Pap Pick Pil Pres Pud Ram Rat Raw Ren Rid Rip Rod Rom Ros Row Sal Sand Sax Scar
Sed Shap Sher Shir Skel Slad Snow Sol Sow Spal Stain Stap Stock Stow Swin Tam Tat Ted Thur Tid Tod Tot Ug Ul Up Wad Walk Warm Wen Wig`
  .split(/\s+/);
const TOPONYM_TAILS = 'ley ton ford field well worth by combe ham hurst wood stone more cliffe bridge dale ridge shaw wick low thorpe stead bury land'.split(' ');

function toponymicSurnames(): string[] {
  const names: string[] = [];
  for (const head of TOPONYM_HEADS) {
    for (const tail of TOPONYM_TAILS) {
      const joined = head.endsWith(tail[0] as string) ? head + tail.slice(1) : head + tail;
      names.push(joined);
    }
  }
  // Frequencies fall along the list: order it by a fixed hash so no one element dominates.
  return [...new Set(names)].sort((a, b) => hashString(a) - hashString(b));
}

/**
 * Surnames with falling frequencies: the listed names by rank (Zipf's law with `exponent`), then
 * a long tail sharing `tailShare`. Calibrated so that Smith is about 1.2% of British-named people,
 * as in England and Wales, and a name search meets a realistic number of namesakes.
 */
function surnameTable(byRank: string[], exponent: number, tail: string[] = [], tailShare = 0): Weighted<string> {
  const headTotal = byRank.reduce((sum, _name, rank) => sum + 1 / Math.pow(rank + 1, exponent), 0);
  const entries: (readonly [string, number])[] = byRank.map((name, rank) => [name, ((1 - tailShare) / Math.pow(rank + 1, exponent)) / headTotal] as const);
  const tailTotal = tail.reduce((sum, _name, rank) => sum + 1 / Math.pow(rank + 1, 0.3), 0);
  tail.forEach((name, rank) => entries.push([name, (tailShare / Math.pow(rank + 1, 0.3)) / tailTotal]));
  return new Weighted(entries);
}

interface FirstNames {
  male: Record<Cohort, string[]>;
  female: Record<Cohort, string[]>;
}

const split = (text: string) => text.trim().split(/\s+/);

/** First names, most popular first within each list. */
const FIRST_NAMES: Record<'british' | 'irish' | 'eastern-european' | 'south-asian-muslim' | 'south-asian-hindu-sikh' | 'black-african' | 'caribbean' | 'chinese' | 'other', FirstNames> = {
  british: {
    male: {
      child: split(`Oliver George Harry Noah Jack Leo Arthur Oscar Charlie Jacob Thomas Henry William Alfie Freddie Theo Archie
        Joshua James Isaac Ethan Lucas Max Logan Alexander Mason Teddy Finley Daniel Samuel Joseph Edward Harrison Riley Dylan
        Benjamin Adam Louie Tommy Reggie Albie Sonny Ronnie Jaxon Luca Elijah Hugo Frankie Jude Jayden Kai Ryan Callum Lewis
        Tyler Jamie Luke Matthew Aiden Aidan Ollie Toby Rory Ezra Jake Connor Zachary Stanley Ben`),
      adult: split(`David Paul Mark Andrew Richard Michael John James Daniel Christopher Stephen Robert Matthew Lee Gary Darren Simon
        Jason Craig Wayne Ian Peter Anthony Steven Neil Jonathan Thomas Adam Ryan Ben Sam Jamie Luke Kevin Gareth Carl Dean
        Martin Scott Nathan Jon Philip Stuart Liam Shaun Ricky Aaron Kieran`),
      elder: split(`John David Michael Peter Robert Alan Stephen Paul Brian Graham Kenneth Keith Colin Geoffrey Roger Trevor Derek
        Barry Terry Malcolm Anthony Richard Christopher Philip Raymond Gordon Dennis Roy Leslie Norman`),
    },
    female: {
      child: split(`Olivia Amelia Isla Ava Mia Ivy Lily Isabella Rosie Sophia Grace Freya Willow Florence Emily Ella Poppy Evie
        Elsie Charlotte Evelyn Sienna Sofia Daisy Phoebe Sophie Alice Harper Matilda Ruby Emilia Maya Millie Isabelle Eva Chloe
        Jessica Ellie Lucy Holly Hannah Megan Amelie Layla Esme Aria Mila Maisie Scarlett Erin Katie Zara Imogen Lola Thea
        Hollie Isabel Isobel Zoe Zoë Leah Lexi Darcy Bella Molly Niamh Catherine Katherine`),
      adult: split(`Sarah Claire Emma Nicola Lisa Michelle Helen Rebecca Laura Louise Kelly Joanne Karen Rachel Amy Gemma Hayley Kirsty
        Victoria Samantha Jennifer Charlotte Stephanie Natalie Donna Julie Tracey Catherine Katherine Kathryn Elizabeth Jo
        Joanna Zoe Leanne Stacey Danielle Jade Sophie Hannah Lauren Jessica Chloe Kerry Vicky Sian Siân Jenny Lucy Abigail Holly`),
      elder: split(`Susan Linda Christine Margaret Janet Patricia Carol Elaine Sandra Jacqueline Pauline Gillian Jean Valerie
        Brenda Diane Barbara Ann Anne Maureen Sheila Lynne Wendy Julie Karen Deborah Angela Denise Beverley Kathleen`),
    },
  },
  irish: {
    male: {
      child: split('Jack Conor Sean Cian Oisín Darragh Liam Finn Tadhg Rían Patrick Callum Ronan Cillian Daniel James'),
      adult: split('Sean Patrick Michael Brendan Declan Kieran Ciaran Padraig Liam Conor Niall Eoin Dermot Fergal'),
      elder: split('Patrick Michael John Seamus Brendan Dermot Eamon Thomas Francis Joseph Gerard'),
    },
    female: {
      child: split('Niamh Aoife Saoirse Ciara Caoimhe Róisín Orla Sinéad Grace Emily Éabha Clodagh Aisling Kate'),
      adult: split('Siobhan Niamh Aoife Sinead Orla Ciara Roisin Deirdre Bridget Aisling Maeve Mairead Catherine'),
      elder: split('Mary Bridget Kathleen Margaret Eileen Maureen Catherine Theresa Patricia Nora Sheila'),
    },
  },
  'eastern-european': {
    male: {
      child: split('Jakub Kacper Szymon Filip Antoni Jan Aleksander Franciszek Mateusz Luca Andrei David Matei Lukas Mihai Oliwer'),
      adult: split('Piotr Tomasz Marek Krzysztof Paweł Michał Łukasz Andrzej Adrian Bogdan Ion Mihai Tomas Darius Florin'),
      elder: split('Jan Stanisław Andrzej Józef Tadeusz Ion Gheorghe Vasile Jonas Petras'),
    },
    female: {
      child: split('Zuzanna Julia Maja Zofia Hanna Lena Alicja Oliwia Amelia Maria Ioana Elena Sofia Emilija Natalia'),
      adult: split('Anna Katarzyna Agnieszka Magdalena Monika Joanna Ewa Aleksandra Marta Elena Ioana Andreea Ruta Justyna'),
      elder: split('Maria Krystyna Barbara Teresa Danuta Halina Elena Ana Irena Ona'),
    },
  },
  'south-asian-muslim': {
    male: {
      child: split('Muhammad Mohammed Mohammad Ibrahim Yusuf Zain Hamza Omar Ali Ayaan Musa Adam Zayn Idris Rayyan Eesa Harris Ismail Aryan Haris'),
      adult: split('Mohammed Muhammad Imran Asif Tariq Amir Kamran Nadeem Shahid Zubair Faisal Abdul Rizwan Adnan Sajid Waqas Mohammad'),
      elder: split('Mohammed Abdul Muhammad Ghulam Bashir Nazir Rafiq Yaqub Mahmood Aslam'),
    },
    female: {
      child: split('Aisha Fatima Maryam Zainab Hafsa Amira Inaya Hania Safa Aleena Anaya Zara Eman Sumaya Yasmin Inaaya Ayesha'),
      adult: split('Shabana Nasreen Farzana Rina Parveen Rukhsana Samina Yasmin Nadia Saima Asma Ayesha Sadia Shazia Nusrat Tasneem'),
      elder: split('Begum Fatima Zubeda Rashida Khadija Hajra Shamim Nasim Bibi Parveen'),
    },
  },
  'south-asian-hindu-sikh': {
    male: {
      child: split('Arjun Rohan Aarav Dev Vihaan Krish Reyansh Arav Jai Veer Ishaan Harjot Gurveer Aryan Ravi Nikhil'),
      adult: split('Raj Sanjay Vikram Amit Rajesh Sunil Manoj Harpreet Jaswinder Gurpreet Deepak Nitin Vijay Ashok Prakash'),
      elder: split('Ramesh Suresh Mahesh Harbhajan Gurdev Jaswant Kishore Dinesh Mohan Balwinder'),
    },
    female: {
      child: split('Priya Riya Simran Ananya Anya Diya Saanvi Isha Navya Kiran Jasmine Amara Harleen Meera Tara'),
      adult: split('Sunita Anita Priya Neha Pooja Kavita Harpreet Manpreet Jaspreet Rupinder Nisha Shilpa Reena Deepa Sangeeta'),
      elder: split('Kamala Savita Usha Shanti Gurmit Surinder Manjit Leela Pushpa Kulwant'),
    },
  },
  'black-african': {
    male: {
      child: split('David Daniel Emmanuel Samuel Joshua Tobi Ayomide Kwame Chidi Tomiwa Elijah Joel Jayden Ethan Micah Mohamed Abdi'),
      adult: split('Emmanuel Samuel David Kwame Kofi Chidi Femi Tunde Oluwaseun Chukwuemeka Kwabena Abdi Mohamed Ahmed Yaw Godfrey'),
      elder: split('Joseph Peter Emmanuel Kofi Kwame Yaw Abdullahi Olusegun Oluwole Godwin'),
    },
    female: {
      child: split('Precious Blessing Grace Esther Favour Adaeze Ama Chioma Abena Deborah Ruth Amara Zion Ayo Fatima Hodan'),
      adult: split('Blessing Grace Esther Adaeze Chioma Abena Akosua Funmilayo Ngozi Comfort Patience Fatuma Hodan Amina Joy'),
      elder: split('Comfort Patience Mercy Felicia Adwoa Abena Ngozi Florence Janet Victoria'),
    },
  },
  caribbean: {
    male: {
      child: split('Jayden Tyrese Kai Malachi Elijah Isaiah Josiah Micah Reuben Jahmal Nathaniel Joshua Jordan Tyler'),
      adult: split('Marcus Andre Dwayne Leon Delroy Winston Jermaine Carlton Trevor Clive Anthony Dean Paul'),
      elder: split('Winston Delroy Lloyd Clive Errol Desmond Neville Everton Carlton Hubert'),
    },
    female: {
      child: split('Jada Amani Nia Aaliyah Imani Keziah Tiana Destiny Amara Shanice Mya Kezia'),
      adult: split('Marcia Sharon Yvonne Paulette Sonia Claudette Donna Beverley Jacqueline Tanya Michelle Nicola'),
      elder: split('Gloria Hyacinth Monica Sylvia Merle Cynthia Pearl Norma Dorothy Veronica'),
    },
  },
  chinese: {
    male: {
      child: split('Ethan Lucas Ryan Jayden Oscar Wei Jun Hao Yi Haoran Zihan Max'),
      adult: split('Wei Jun Ming Hao Jian Lei Kevin Michael Tony Eric Jason Chun'),
      elder: split('Wing Kwok Man Chi Hung Wai Ming Kin'),
    },
    female: {
      child: split('Chloe Emily Zoe Grace Mei Xin Ling Yan Yuxi Ruby Isabella'),
      adult: split('Mei Xin Ling Yan Li Jing Fiona Jenny Karen Vivian Helen Ying'),
      elder: split('Mei Lai Wai Yuk Siu Fung Lan Ping'),
    },
  },
  other: {
    male: {
      child: split('Adam Omar Yusuf Ali Ahmad Mustafa Karim Noah Luca Daniel Leo Mateo Gabriel Hassan Sami'),
      adult: split('Ahmad Karim Mahmoud Hassan Reza Ali Javier Carlos Minh Duc Tuan Rafael Jose Marco'),
      elder: split('Mahmoud Hussein Ahmad Ali Antonio Jose Van Thanh Hassan'),
    },
    female: {
      child: split('Maryam Lina Sara Yasmin Layla Nour Hana Mila Sofia Valentina Lucia Isabella Linh Mai'),
      adult: split('Fatemeh Leila Nour Rania Maria Ana Lucia Thi Lan Huong Carmen Sara'),
      elder: split('Fatima Zahra Maria Carmen Thi Mai Rosa Amina'),
    },
  },
};

export interface PersonNamer {
  surname(group: NameGroup, random: Random): string;
  firstName(group: NameGroup, sex: 'M' | 'F', cohort: Cohort, random: Random): string;
}

type FirstNameTables = Record<string, Weighted<string>>;

export function createNamer(): PersonNamer {
  const tail = toponymicSurnames();
  const surnames: Record<NameGroup, Weighted<string>> = {
    british: surnameTable(BRITISH_SURNAMES, 0.55, tail, 0.7),
    irish: surnameTable(IRISH_SURNAMES, 0.4),
    traveller: surnameTable(TRAVELLER_SURNAMES, 0.6),
    'eastern-european': surnameTable(EASTERN_EUROPEAN_SURNAMES, 0.2),
    'south-asian-muslim': surnameTable(SOUTH_ASIAN_MUSLIM_SURNAMES, 0.3),
    'south-asian-hindu-sikh': surnameTable(SOUTH_ASIAN_HINDU_SIKH_SURNAMES, 0.4),
    'black-african': surnameTable(BLACK_AFRICAN_SURNAMES, 0.2),
    caribbean: surnameTable(CARIBBEAN_SURNAMES, 0.6),
    chinese: surnameTable(CHINESE_SURNAMES, 0.6),
    other: surnameTable(OTHER_SURNAMES, 0.3),
  };
  const firstNames: FirstNameTables = {};
  const firstNameGroup = (group: NameGroup): keyof typeof FIRST_NAMES => (group === 'traveller' ? 'irish' : group);
  for (const [group, lists] of Object.entries(FIRST_NAMES)) {
    for (const sex of ['male', 'female'] as const) {
      for (const cohort of ['child', 'adult', 'elder'] as const) {
        firstNames[`${group}:${sex}:${cohort}`] = Weighted.zipf(lists[sex][cohort], 0.4);
      }
    }
  }
  return {
    surname: (group, random) => surnames[group].pick(random),
    firstName: (group, sex, cohort, random) =>
      (firstNames[`${firstNameGroup(group)}:${sex === 'M' ? 'male' : 'female'}:${cohort}`] as Weighted<string>).pick(random),
  };
}

/** The cohort whose first names someone born in `birthYear` most likely has. */
export function cohortOf(birthYear: number): Cohort {
  if (birthYear >= 2005) return 'child';
  if (birthYear >= 1968) return 'adult';
  return 'elder';
}
