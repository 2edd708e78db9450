/* test-model-copy-sources.c: the addresses taken on a product, and the
 * people a ticket's form can copy from
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tickets-copy-sources.h"

#define PRODUCT_A "https://api.example.org/products/a"
#define PRODUCT_B "https://api.example.org/products/b"

static TicketsConsumer *
person (const char *first_name,
        const char *last_name,
        const char *email)
{
  TicketsConsumer *consumer = tickets_consumer_new ();

  tickets_consumer_set_first_name (consumer, first_name);
  tickets_consumer_set_last_name (consumer, last_name);
  tickets_consumer_set_email (consumer, email);

  return consumer;
}

/* A valid ticket of @product_uri held by @holder (nullable), added to @tickets. */
static TicketsTicket *
add_ticket (GListStore      *tickets,
            const char      *uid,
            const char      *product_uri,
            TicketsConsumer *holder)
{
  g_autoptr(TicketsTicket) ticket = tickets_ticket_new (uid);

  tickets_ticket_set_status (ticket, "valid");
  if (product_uri != NULL)
    tickets_ticket_set_product_uri (ticket, product_uri);
  tickets_ticket_set_consumer (ticket, holder);
  g_list_store_append (tickets, ticket);

  return ticket;
}

static void
assert_emails (GStrv        emails,
               const char  *first,
               ...)
{
  va_list args;
  guint i = 0;

  va_start (args, first);
  for (const char *email = first; email != NULL; email = va_arg (args, const char *), i++)
    g_assert_cmpstr (emails[i], ==, email);
  va_end (args);
  g_assert_cmpuint (g_strv_length (emails), ==, i);
}

static void
test_same_product (void)
{
  g_autoptr(TicketsTicket) a1 = tickets_ticket_new ("a1");
  g_autoptr(TicketsTicket) a2 = tickets_ticket_new ("a2");
  g_autoptr(TicketsTicket) b = tickets_ticket_new ("b");
  g_autoptr(TicketsTicket) unknown1 = tickets_ticket_new ("u1");
  g_autoptr(TicketsTicket) unknown2 = tickets_ticket_new ("u2");
  g_autoptr(TicketsTicket) by_object = tickets_ticket_new ("o");
  g_autoptr(TicketsProduct) product = tickets_product_new ("a");

  /* By link, whether the product object is there or not. */
  tickets_ticket_set_product_uri (a1, PRODUCT_A);
  tickets_ticket_set_product_uri (a2, PRODUCT_A);
  tickets_ticket_set_product_uri (b, PRODUCT_B);
  g_assert_true (tickets_copy_sources_same_product (a1, a2));
  g_assert_false (tickets_copy_sources_same_product (a1, b));

  /* A ticket that only has its product object is compared by that
   * product's link. */
  tickets_resource_set_href (TICKETS_RESOURCE (product), PRODUCT_A);
  tickets_ticket_set_product (by_object, product);
  g_assert_true (tickets_copy_sources_same_product (by_object, a1));
  g_assert_false (tickets_copy_sources_same_product (by_object, b));

  /* Two tickets whose product is unknown are not of one product: the
   * window's old rule (pointer equality) said they were, NULL == NULL. */
  g_assert_false (tickets_copy_sources_same_product (unknown1, unknown2));
  g_assert_false (tickets_copy_sources_same_product (unknown1, a1));

  /* Without links, the same product object. */
  tickets_resource_set_href (TICKETS_RESOURCE (product), NULL);
  tickets_ticket_set_product (unknown1, product);
  tickets_ticket_set_product (unknown2, product);
  g_assert_true (tickets_copy_sources_same_product (unknown1, unknown2));
}

static void
test_same_email (void)
{
  const char *taken[] = { "bob@example.org", " Anna@Example.org ", NULL };

  g_assert_true (tickets_copy_sources_same_email ("anna@example.org", "ANNA@example.ORG"));
  g_assert_true (tickets_copy_sources_same_email ("  anna@example.org\t", "anna@example.org"));
  g_assert_false (tickets_copy_sources_same_email ("anna@example.org", "anna@example.org.uk"));
  g_assert_false (tickets_copy_sources_same_email ("anna@example.org", "ann@example.org"));
  /* A blank address is nobody's: two empty fields do not clash. */
  g_assert_false (tickets_copy_sources_same_email ("", ""));
  g_assert_false (tickets_copy_sources_same_email (" ", ""));
  g_assert_false (tickets_copy_sources_same_email (NULL, NULL));

  g_assert_true (tickets_copy_sources_emails_contain (taken, "anna@example.org"));
  g_assert_true (tickets_copy_sources_emails_contain (taken, "BOB@example.org "));
  g_assert_false (tickets_copy_sources_emails_contain (taken, "carol@example.org"));
  g_assert_false (tickets_copy_sources_emails_contain (taken, ""));
  g_assert_false (tickets_copy_sources_emails_contain (NULL, "anna@example.org"));
}

static void
test_taken_emails_by_product (void)
{
  g_autoptr(GListStore) tickets = g_list_store_new (TICKETS_TYPE_TICKET);
  g_autoptr(TicketsConsumer) anna = person ("Anna", "de Vries", "anna@example.org");
  g_autoptr(TicketsConsumer) bob = person ("Bob", "Jansen", "bob@example.org");
  g_autoptr(TicketsConsumer) carol = person ("Carol", "Smit", "carol@example.org");
  g_autoptr(TicketsConsumer) dave = person ("Dave", "Bakker", "dave@example.org");
  TicketsTicket *mine = add_ticket (tickets, "mine", PRODUCT_A, carol);
  TicketsTicket *void_ticket;
  g_auto(GStrv) taken = NULL;
  g_auto(GStrv) taken_unknown = NULL;

  add_ticket (tickets, "a", PRODUCT_A, anna);
  add_ticket (tickets, "b", PRODUCT_B, bob);
  add_ticket (tickets, "nobody", PRODUCT_A, NULL);
  void_ticket = add_ticket (tickets, "void", PRODUCT_A, dave);
  /* Re-issued: the server no longer counts its holder. */
  tickets_ticket_set_status (void_ticket, "invalid");

  /* Not the ticket's own holder, not another product's, not a void ticket's. */
  taken = tickets_copy_sources_dup_taken_emails (G_LIST_MODEL (tickets), mine, NULL);
  assert_emails (taken, "anna@example.org", NULL);

  /* A ticket of an unknown product shares it with nobody. */
  tickets_ticket_set_product_uri (mine, NULL);
  taken_unknown = tickets_copy_sources_dup_taken_emails (G_LIST_MODEL (tickets), mine, NULL);
  assert_emails (taken_unknown, NULL);
}

static void
test_taken_emails_duplicates_and_blanks (void)
{
  g_autoptr(GListStore) tickets = g_list_store_new (TICKETS_TYPE_TICKET);
  g_autoptr(TicketsConsumer) anna = person ("Anna", "de Vries", "anna@example.org");
  g_autoptr(TicketsConsumer) anna_shouting = person ("Anna", "de Vries", "  ANNA@example.org ");
  g_autoptr(TicketsConsumer) no_email = person ("Bob", "Jansen", "");
  g_autoptr(TicketsConsumer) spaces = person ("Eve", "Visser", "   ");
  g_autoptr(TicketsConsumer) carol = person ("Carol", "Smit", " carol@example.org");
  TicketsTicket *mine = add_ticket (tickets, "mine", PRODUCT_A, NULL);
  g_auto(GStrv) taken = NULL;

  add_ticket (tickets, "a1", PRODUCT_A, anna);
  add_ticket (tickets, "a2", PRODUCT_A, anna_shouting);
  add_ticket (tickets, "b", PRODUCT_A, no_email);
  add_ticket (tickets, "e", PRODUCT_A, spaces);
  add_ticket (tickets, "c", PRODUCT_A, carol);

  /* Each address once, in its first spelling, trimmed; no blanks. */
  taken = tickets_copy_sources_dup_taken_emails (G_LIST_MODEL (tickets), mine, NULL);
  assert_emails (taken, "anna@example.org", "carol@example.org", NULL);
}

static void
test_taken_emails_typed (void)
{
  g_autoptr(GListStore) tickets = g_list_store_new (TICKETS_TYPE_TICKET);
  g_autoptr(GHashTable) typed = g_hash_table_new (NULL, NULL);
  g_autoptr(TicketsConsumer) anna = person ("Anna", "de Vries", "anna@example.org");
  g_autoptr(TicketsConsumer) bob = person ("Bob", "Jansen", "bob@example.org");
  g_autoptr(TicketsConsumer) blank = tickets_consumer_new ();
  TicketsTicket *mine = add_ticket (tickets, "mine", PRODUCT_A, NULL);
  TicketsTicket *renamed = add_ticket (tickets, "renamed", PRODUCT_A, anna);
  TicketsTicket *cleared = add_ticket (tickets, "cleared", PRODUCT_A, bob);
  g_auto(GStrv) taken = NULL;

  /* What a form being filled says counts instead of who the ticket holds:
   * Anna's ticket is being given to Bob, Bob's form was emptied. */
  g_hash_table_insert (typed, renamed, bob);
  g_hash_table_insert (typed, cleared, blank);
  /* The ticket's own form never counts. */
  g_hash_table_insert (typed, mine, anna);

  taken = tickets_copy_sources_dup_taken_emails (G_LIST_MODEL (tickets), mine, typed);
  assert_emails (taken, "bob@example.org", NULL);
}

static void
assert_holders (GListModel      *holders,
                TicketsConsumer *first,
                ...)
{
  va_list args;
  guint i = 0;

  va_start (args, first);
  for (TicketsConsumer *consumer = first; consumer != NULL; consumer = va_arg (args, TicketsConsumer *), i++)
    {
      g_autoptr(TicketsConsumer) item = g_list_model_get_item (holders, i);

      g_assert_true (item == consumer);
    }
  va_end (args);
  g_assert_cmpuint (g_list_model_get_n_items (holders), ==, i);
}

static void
test_holders (void)
{
  g_autoptr(GListStore) tickets = g_list_store_new (TICKETS_TYPE_TICKET);
  g_autoptr(TicketsConsumer) buyer = person ("Bea", "Koper", "bea@example.org");
  g_autoptr(TicketsConsumer) buyer_revision = person ("Bea", "Koper", "bea@example.org");
  g_autoptr(TicketsConsumer) anna = person ("Anna", "de Vries", "anna@example.org");
  g_autoptr(TicketsConsumer) anna_revision = person ("Anna", "de Vries", "anna@example.org");
  g_autoptr(TicketsConsumer) anna_elsewhere = person ("Anna", "de Vries", "anna@work.example.org");
  g_autoptr(TicketsConsumer) blank = tickets_consumer_new ();
  g_autoptr(TicketsConsumer) spaces = person (" ", "", " ");
  g_autoptr(TicketsConsumer) only_email = person ("", "", "x@example.org");
  g_autoptr(TicketsConsumer) me = person ("Carol", "Smit", "carol@example.org");
  g_autoptr(GListModel) holders = NULL;
  g_autoptr(GListModel) for_friend = NULL;
  TicketsTicket *mine;

  tickets_consumer_set_uid (buyer, "c1");
  tickets_consumer_set_uid (buyer_revision, "c2");
  tickets_consumer_set_uid (anna, "c3");
  tickets_consumer_set_uid (anna_revision, "c4");

  mine = add_ticket (tickets, "mine", PRODUCT_A, me);
  add_ticket (tickets, "1", PRODUCT_A, anna);
  add_ticket (tickets, "2", PRODUCT_B, buyer_revision);
  add_ticket (tickets, "3", PRODUCT_B, blank);
  add_ticket (tickets, "4", PRODUCT_A, NULL);
  add_ticket (tickets, "5", PRODUCT_B, anna_revision);
  add_ticket (tickets, "6", PRODUCT_A, spaces);
  add_ticket (tickets, "7", PRODUCT_B, anna_elsewhere);
  add_ticket (tickets, "8", NULL, only_email);

  /* Any product; not the ticket itself, nor blanks, nor the buyer (offered
   * apart, even in another revision), and Anna once though she holds two
   * tickets in two revisions. Another address is another entry. */
  holders = tickets_copy_sources_dup_holders (G_LIST_MODEL (tickets), mine, buyer, NULL);
  assert_holders (holders, anna, anna_elsewhere, only_email, NULL);

  /* A friend is not shown the buyer: their ticket is a source like any. */
  for_friend = tickets_copy_sources_dup_holders (G_LIST_MODEL (tickets), mine, NULL, NULL);
  assert_holders (for_friend, anna, buyer_revision, anna_elsewhere, only_email, NULL);
}

static void
test_holders_typed (void)
{
  g_autoptr(GListStore) tickets = g_list_store_new (TICKETS_TYPE_TICKET);
  g_autoptr(GHashTable) typed = g_hash_table_new (NULL, NULL);
  g_autoptr(TicketsConsumer) anna = person ("Anna", "de Vries", "anna@example.org");
  g_autoptr(TicketsConsumer) bob = person ("Bob", "Jansen", "bob@example.org");
  g_autoptr(TicketsConsumer) bob_typed = person ("Bob", "Jansen", "bob@example.org");
  g_autoptr(TicketsConsumer) blank = tickets_consumer_new ();
  g_autoptr(GListModel) holders = NULL;
  TicketsTicket *mine = add_ticket (tickets, "mine", PRODUCT_A, NULL);
  TicketsTicket *first = add_ticket (tickets, "1", PRODUCT_A, anna);
  TicketsTicket *second = add_ticket (tickets, "2", PRODUCT_A, NULL);

  add_ticket (tickets, "3", PRODUCT_A, bob);
  /* Anna's form was emptied; Bob is typed into the second's, and he holds
   * the third already: one entry, the first found. */
  g_hash_table_insert (typed, first, blank);
  g_hash_table_insert (typed, second, bob_typed);
  g_hash_table_insert (typed, mine, anna);

  holders = tickets_copy_sources_dup_holders (G_LIST_MODEL (tickets), mine, NULL, typed);
  assert_holders (holders, bob_typed, NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/copy-sources/same-product", test_same_product);
  g_test_add_func ("/copy-sources/same-email", test_same_email);
  g_test_add_func ("/copy-sources/taken-emails/by-product", test_taken_emails_by_product);
  g_test_add_func ("/copy-sources/taken-emails/duplicates-and-blanks", test_taken_emails_duplicates_and_blanks);
  g_test_add_func ("/copy-sources/taken-emails/typed", test_taken_emails_typed);
  g_test_add_func ("/copy-sources/holders", test_holders);
  g_test_add_func ("/copy-sources/holders/typed", test_holders_typed);

  return g_test_run ();
}
