/* tickets-sandbox-people.c: many made-up consumers, for search at scale
 *
 * --consumers N adds N consumers drawn from the nine languages' common
 * names and places. The same N gives the same people (a GRand of its own
 * with a fixed seed), so tests and benchmarks can count on them; the ones
 * already there (kept in a --state file) are not added twice.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tickets-sandbox-data.h"

typedef struct
{
  const char *name;
  const char *ascii;  /* for the email address */
} Name;

typedef struct
{
  const char *city;
  const char *postal_code;
  const char *street;
} Place;

typedef struct
{
  const char  *language;
  const char  *country;
  const char  *domain;
  const char  *phone_prefix;
  const Name  *female;
  const Name  *male;
  const Name  *last;
  const Place *places;
} People;

#define N_NAMES  8
#define N_LAST   10
#define N_PLACES 4

static const Name nl_female[N_NAMES] = { { "Emma", "emma" }, { "Julia", "julia" }, { "Sophie", "sophie" }, { "Anouk", "anouk" }, { "Fenna", "fenna" }, { "Lieke", "lieke" }, { "Sanne", "sanne" }, { "Noor", "noor" } };
static const Name nl_male[N_NAMES] = { { "Daan", "daan" }, { "Sem", "sem" }, { "Lucas", "lucas" }, { "Bram", "bram" }, { "Jesse", "jesse" }, { "Thijs", "thijs" }, { "Ruben", "ruben" }, { "Joris", "joris" } };
static const Name nl_last[N_LAST] = { { "de Jong", "dejong" }, { "Jansen", "jansen" }, { "de Vries", "devries" }, { "van den Berg", "vandenberg" }, { "Bakker", "bakker" }, { "Visser", "visser" }, { "Smit", "smit" }, { "Meijer", "meijer" }, { "Mulder", "mulder" }, { "de Boer", "deboer" } };
static const Place nl_places[N_PLACES] = { { "Amsterdam", "1012 AB", "Damrak" }, { "Rotterdam", "3011 CD", "Coolsingel" }, { "Utrecht", "3511 EF", "Oudegracht" }, { "Groningen", "9711 GH", "Herestraat" } };

static const Name en_female[N_NAMES] = { { "Olivia", "olivia" }, { "Amelia", "amelia" }, { "Isla", "isla" }, { "Ava", "ava" }, { "Grace", "grace" }, { "Emily", "emily" }, { "Chloe", "chloe" }, { "Lucy", "lucy" } };
static const Name en_male[N_NAMES] = { { "Oliver", "oliver" }, { "George", "george" }, { "Harry", "harry" }, { "Jack", "jack" }, { "Thomas", "thomas" }, { "James", "james" }, { "William", "william" }, { "Tom", "tom" } };
static const Name en_last[N_LAST] = { { "Smith", "smith" }, { "Jones", "jones" }, { "Taylor", "taylor" }, { "Brown", "brown" }, { "Williams", "williams" }, { "Wilson", "wilson" }, { "Johnson", "johnson" }, { "Davies", "davies" }, { "Robinson", "robinson" }, { "Wright", "wright" } };
static const Place en_places[N_PLACES] = { { "London", "N1 9GU", "Upper Street" }, { "Manchester", "M1 1AE", "Deansgate" }, { "Bristol", "BS1 4DJ", "Park Street" }, { "Leeds", "LS1 4AP", "Briggate" } };

static const Name de_female[N_NAMES] = { { "Mia", "mia" }, { "Hannah", "hannah" }, { "Lea", "lea" }, { "Lena", "lena" }, { "Sarah", "sarah" }, { "Marie", "marie" }, { "Jana", "jana" }, { "Katrin", "katrin" } };
static const Name de_male[N_NAMES] = { { "Lukas", "lukas" }, { "Jonas", "jonas" }, { "Felix", "felix" }, { "Maximilian", "maximilian" }, { "Leon", "leon" }, { "Jürgen", "juergen" }, { "Paul", "paul" }, { "Tobias", "tobias" } };
static const Name de_last[N_LAST] = { { "Müller", "mueller" }, { "Schmidt", "schmidt" }, { "Schneider", "schneider" }, { "Fischer", "fischer" }, { "Weber", "weber" }, { "Meyer", "meyer" }, { "Wagner", "wagner" }, { "Becker", "becker" }, { "Schulz", "schulz" }, { "Hoffmann", "hoffmann" } };
static const Place de_places[N_PLACES] = { { "Berlin", "10115", "Torstraße" }, { "Hamburg", "20095", "Mönckebergstraße" }, { "München", "80331", "Sendlinger Straße" }, { "Köln", "50667", "Hohe Straße" } };

static const Name fr_female[N_NAMES] = { { "Camille", "camille" }, { "Léa", "lea" }, { "Manon", "manon" }, { "Chloé", "chloe" }, { "Inès", "ines" }, { "Jade", "jade" }, { "Louise", "louise" }, { "Zoé", "zoe" } };
static const Name fr_male[N_NAMES] = { { "Lucas", "lucas" }, { "Hugo", "hugo" }, { "Louis", "louis" }, { "Gabriel", "gabriel" }, { "Arthur", "arthur" }, { "Théo", "theo" }, { "Raphaël", "raphael" }, { "Jules", "jules" } };
static const Name fr_last[N_LAST] = { { "Martin", "martin" }, { "Bernard", "bernard" }, { "Dubois", "dubois" }, { "Thomas", "thomas" }, { "Robert", "robert" }, { "Richard", "richard" }, { "Petit", "petit" }, { "Durand", "durand" }, { "Leroy", "leroy" }, { "Lefèvre", "lefevre" } };
static const Place fr_places[N_PLACES] = { { "Paris", "75001", "rue de Rivoli" }, { "Lyon", "69001", "rue de la République" }, { "Marseille", "13001", "La Canebière" }, { "Lille", "59000", "rue de Béthune" } };

static const Name es_female[N_NAMES] = { { "Lucía", "lucia" }, { "María", "maria" }, { "Paula", "paula" }, { "Sofía", "sofia" }, { "Martina", "martina" }, { "Carmen", "carmen" }, { "Elena", "elena" }, { "Laura", "laura" } };
static const Name es_male[N_NAMES] = { { "Hugo", "hugo" }, { "Martín", "martin" }, { "Pablo", "pablo" }, { "Alejandro", "alejandro" }, { "Daniel", "daniel" }, { "Javier", "javier" }, { "Tomás", "tomas" }, { "Diego", "diego" } };
static const Name es_last[N_LAST] = { { "García", "garcia" }, { "Rodríguez", "rodriguez" }, { "González", "gonzalez" }, { "Fernández", "fernandez" }, { "López", "lopez" }, { "Martínez", "martinez" }, { "Sánchez", "sanchez" }, { "Pérez", "perez" }, { "Gómez", "gomez" }, { "Ruiz", "ruiz" } };
static const Place es_places[N_PLACES] = { { "Madrid", "28001", "Calle de Serrano" }, { "Barcelona", "08001", "La Rambla" }, { "Valencia", "46001", "Calle de la Paz" }, { "Sevilla", "41001", "Calle Sierpes" } };

static const Name pt_female[N_NAMES] = { { "Maria", "maria" }, { "Leonor", "leonor" }, { "Matilde", "matilde" }, { "Beatriz", "beatriz" }, { "Carolina", "carolina" }, { "Inês", "ines" }, { "Mariana", "mariana" }, { "Joana", "joana" } };
static const Name pt_male[N_NAMES] = { { "João", "joao" }, { "Francisco", "francisco" }, { "Santiago", "santiago" }, { "Afonso", "afonso" }, { "Tomás", "tomas" }, { "Duarte", "duarte" }, { "Rodrigo", "rodrigo" }, { "Miguel", "miguel" } };
static const Name pt_last[N_LAST] = { { "Silva", "silva" }, { "Santos", "santos" }, { "Ferreira", "ferreira" }, { "Pereira", "pereira" }, { "Oliveira", "oliveira" }, { "Costa", "costa" }, { "Rodrigues", "rodrigues" }, { "Martins", "martins" }, { "Sousa", "sousa" }, { "Gonçalves", "goncalves" } };
static const Place pt_places[N_PLACES] = { { "Lisboa", "1100-148", "Rua Augusta" }, { "Porto", "4050-262", "Rua das Flores" }, { "Braga", "4700-435", "Rua do Souto" }, { "Coimbra", "3000-143", "Rua Ferreira Borges" } };

static const Name tr_female[N_NAMES] = { { "Zeynep", "zeynep" }, { "Elif", "elif" }, { "Defne", "defne" }, { "Ecrin", "ecrin" }, { "Yağmur", "yagmur" }, { "Ayşe", "ayse" }, { "Fatma", "fatma" }, { "Şule", "sule" } };
static const Name tr_male[N_NAMES] = { { "Yusuf", "yusuf" }, { "Eymen", "eymen" }, { "Ömer", "omer" }, { "Mustafa", "mustafa" }, { "Mehmet", "mehmet" }, { "Ahmet", "ahmet" }, { "Emir", "emir" }, { "İbrahim", "ibrahim" } };
static const Name tr_last[N_LAST] = { { "Yılmaz", "yilmaz" }, { "Kaya", "kaya" }, { "Demir", "demir" }, { "Şahin", "sahin" }, { "Çelik", "celik" }, { "Yıldız", "yildiz" }, { "Yıldırım", "yildirim" }, { "Öztürk", "ozturk" }, { "Aydın", "aydin" }, { "Özdemir", "ozdemir" } };
static const Place tr_places[N_PLACES] = { { "İstanbul", "34710", "Moda Caddesi" }, { "Ankara", "06100", "Atatürk Bulvarı" }, { "İzmir", "35210", "Kıbrıs Şehitleri Caddesi" }, { "Bursa", "16010", "Atatürk Caddesi" } };

static const Name pl_female[N_NAMES] = { { "Zuzanna", "zuzanna" }, { "Julia", "julia" }, { "Maja", "maja" }, { "Zofia", "zofia" }, { "Katarzyna", "katarzyna" }, { "Małgorzata", "malgorzata" }, { "Agnieszka", "agnieszka" }, { "Anna", "anna" } };
static const Name pl_male[N_NAMES] = { { "Antoni", "antoni" }, { "Jan", "jan" }, { "Jakub", "jakub" }, { "Aleksander", "aleksander" }, { "Tomasz", "tomasz" }, { "Piotr", "piotr" }, { "Łukasz", "lukasz" }, { "Krzysztof", "krzysztof" } };
static const Name pl_last[N_LAST] = { { "Nowak", "nowak" }, { "Kowalski", "kowalski" }, { "Wiśniewski", "wisniewski" }, { "Wójcik", "wojcik" }, { "Kowalczyk", "kowalczyk" }, { "Kamiński", "kaminski" }, { "Lewandowski", "lewandowski" }, { "Zieliński", "zielinski" }, { "Szymański", "szymanski" }, { "Woźniak", "wozniak" } };
static const Place pl_places[N_PLACES] = { { "Warszawa", "00-001", "ul. Marszałkowska" }, { "Kraków", "31-019", "ul. Floriańska" }, { "Gdańsk", "80-001", "ul. Długa" }, { "Wrocław", "50-001", "ul. Świdnicka" } };

static const Name ru_female[N_NAMES] = { { "Анна", "anna" }, { "Мария", "mariya" }, { "Елена", "elena" }, { "Ольга", "olga" }, { "Наталья", "natalya" }, { "Татьяна", "tatyana" }, { "Ирина", "irina" }, { "Светлана", "svetlana" } };
static const Name ru_male[N_NAMES] = { { "Александр", "aleksandr" }, { "Дмитрий", "dmitriy" }, { "Максим", "maksim" }, { "Сергей", "sergey" }, { "Андрей", "andrey" }, { "Алексей", "aleksey" }, { "Иван", "ivan" }, { "Михаил", "mikhail" } };
static const Name ru_last[N_LAST] = { { "Иванов", "ivanov" }, { "Смирнов", "smirnov" }, { "Кузнецов", "kuznetsov" }, { "Попов", "popov" }, { "Васильев", "vasilyev" }, { "Петров", "petrov" }, { "Соколов", "sokolov" }, { "Михайлов", "mikhaylov" }, { "Новиков", "novikov" }, { "Фёдоров", "fedorov" } };
static const Place ru_places[N_PLACES] = { { "Москва", "101000", "ул. Арбат" }, { "Санкт-Петербург", "190000", "Невский проспект" }, { "Казань", "420000", "ул. Баумана" }, { "Новосибирск", "630000", "Красный проспект" } };

static const People people[] = {
  { "nl", "NL", "example.nl", "+31 6", nl_female, nl_male, nl_last, nl_places },
  { "en", "GB", "example.co.uk", "+44 7700 9", en_female, en_male, en_last, en_places },
  { "de", "DE", "example.de", "+49 151 2", de_female, de_male, de_last, de_places },
  { "fr", "FR", "example.fr", "+33 6 1", fr_female, fr_male, fr_last, fr_places },
  { "es", "ES", "example.es", "+34 6", es_female, es_male, es_last, es_places },
  { "pt", "PT", "example.pt", "+351 91", pt_female, pt_male, pt_last, pt_places },
  { "tr", "TR", "example.com.tr", "+90 53", tr_female, tr_male, tr_last, tr_places },
  { "pl", "PL", "example.pl", "+48 5", pl_female, pl_male, pl_last, pl_places },
  { "ru", "RU", "example.ru", "+7 9", ru_female, ru_male, ru_last, ru_places },
};

/* uids c0115…: "c0115" then the number, 32 hex digits in all. */
#define GENERATED_UID_FORMAT "c0115%027x"

void
sandbox_data_add_consumers (SandboxData *data,
                            guint        n)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261207);

  for (guint i = 0; i < n; i++)
    {
      guint number = i + 1;
      const People *p = &people[g_rand_int_range (rand, 0, G_N_ELEMENTS (people))];
      gboolean female = g_rand_boolean (rand);
      const Name *given = &(female ? p->female : p->male)[g_rand_int_range (rand, 0, N_NAMES)];
      const Name *family = &p->last[g_rand_int_range (rand, 0, N_LAST)];
      const Place *place = &p->places[g_rand_int_range (rand, 0, N_PLACES)];
      g_autoptr(JsonObject) consumer = json_object_new ();
      g_autofree char *uid = g_strdup_printf (GENERATED_UID_FORMAT, number);
      g_autofree char *reference = g_strdup_printf ("G%07u", number);
      g_autofree char *email = g_strdup_printf ("%s.%s.%u@%s", given->ascii, family->ascii, number, p->domain);
      g_autofree char *date_of_birth = g_strdup_printf ("%04d-%02d-%02d", g_rand_int_range (rand, 1940, 2010),
                                                        g_rand_int_range (rand, 1, 13), g_rand_int_range (rand, 1, 29));
      g_autofree char *phone = g_strdup_printf ("%s%07u", p->phone_prefix, (guint) g_rand_int_range (rand, 0, 10000000));
      g_autofree char *address = g_strdup_printf ("%s %u", place->street, (guint) g_rand_int_range (rand, 1, 200));

      /* Already there, from a state file (--state) or an earlier call. */
      if (sandbox_data_lookup (data, SANDBOX_CONSUMERS, uid) != NULL)
        continue;

      json_object_set_string_member (consumer, "uid", uid);
      json_object_set_string_member (consumer, "reference", reference);
      json_object_set_string_member (consumer, "first_name", given->name);
      json_object_set_string_member (consumer, "last_name", family->name);
      json_object_set_string_member (consumer, "date_of_birth", date_of_birth);
      json_object_set_string_member (consumer, "email", email);
      json_object_set_int_member (consumer, "gender", female ? 2 : 1);
      json_object_set_string_member (consumer, "phone_number", phone);
      json_object_set_string_member (consumer, "address", address);
      json_object_set_string_member (consumer, "postal_code", place->postal_code);
      json_object_set_string_member (consumer, "city", place->city);
      json_object_set_string_member (consumer, "country", p->country);
      json_object_set_string_member (consumer, "state", "");
      json_object_set_string_member (consumer, "language", p->language);
      json_object_set_string_member (consumer, "company_name", "");
      json_object_set_string_member (consumer, "vat_number", "");
      json_object_set_null_member (consumer, "external_reference");
      json_object_set_null_member (consumer, "realm");
      json_object_set_null_member (consumer, "cognito_user");
      sandbox_data_add (data, SANDBOX_CONSUMERS, consumer);
    }
}
