#!/usr/bin/python3
# soak.py: 200 changes, 30% faults, 20 kills; every change applied once
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: soak.py TICKETS-SANDBOX SOAK-DRIVER   (meson test -C build soak)
#
# Starts the sandbox program with a state file, 30% faults of every kind
# (refused before anything is applied; applied, then the answer lost; applied,
# then answered after the client's timeout) and a 200-ticket order; runs
# soak-driver, which makes 200 changes through the real store and outbox
# file; SIGKILLs it 20 times at random moments spread over the run and starts
# it again each time; lets the last run finish. Then it compares the
# sandbox's state file with the 200 intents: lost = not applied, duplicated =
# applied more than once (two personalizations or revisions for one ticket,
# a ticket re-issued twice). It prints
#
#   submissions 200, faults F, kills 20, lost L, duplicated D
#
# and fails unless L = 0, D = 0, the 20 kills happened, F > 0 and no
# change ended refused. On failure it prints each bad intent with its outbox
# entries and what the driver said about it. SOAK_SEED=N repeats a run's
# faults (the kills' moments still depend on timing); SOAK_KEEP=1 keeps the
# temporary folder (state, outbox, logs). SOAK_DRIVER_ARGS=--forget makes
# the driver ignore its outbox at each start: the test must then fail.

import collections
import json
import os
import random
import re
import selectors
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time

N_KILLS = 20
FAIL_RATE = '0.3'
# The sandbox picks among the kinds evenly: a third before anything is
# applied, two thirds after (the answer lost, or late beyond the timeout).
FAIL_KINDS = 'before,after,slow'
SLOW_MS = '1500'          # above the driver's 1 s timeout
BUDGET = 200              # seconds for the whole run before giving up
RUN_DEADLINE = 120        # seconds one driver run may take (its --deadline)


class Sandbox:
    def __init__(self, exe, folder, seed):
        self.state = os.path.join(folder, 'sandbox-state.json')
        self.log_path = os.path.join(folder, 'sandbox.log')
        self.log = open(self.log_path, 'w')
        self.started = time.monotonic()
        args = [exe, '--big-order', '200', '--state', self.state,
                '--fail-rate', FAIL_RATE, '--fail-kinds', FAIL_KINDS,
                '--slow-ms', SLOW_MS, '--seed', str(seed)]
        self.proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        # Its lines with the time, to line them up with the driver's.
        self.reader = threading.Thread(target=self.read_stderr, daemon=True)
        self.reader.start()
        self.base = self.proc.stdout.readline().strip()
        if not self.base.startswith('http'):
            self.proc.kill()
            self.proc.wait()
            self.reader.join()
            self.log.close()
            sys.exit('the sandbox did not start:\n' + open(self.log_path).read()[-2000:])

    def read_stderr(self):
        for line in self.proc.stderr:
            self.log.write(f'{time.monotonic() - self.started:8.3f} {line}')
            self.log.flush()

    def stop(self):
        self.proc.send_signal(signal.SIGTERM)
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self.reader.join()
        self.log.close()

    def faults(self):
        kinds = collections.Counter()
        with open(self.log_path) as log:
            for line in log:
                m = re.search(r'sandbox fault: (\S+) (\S+) (\S+)', line)
                if m:
                    kinds[m.group(1)] += 1
        return kinds


class Driver:
    """Runs soak-driver again and again, killing it at the planned moments."""

    def __init__(self, exe, folder, base, started):
        self.started = started
        self.exe = exe
        self.folder = folder
        self.outbox = os.path.join(folder, 'outbox.sqlite')
        self.base = base
        self.runs = 0
        self.kills = 0
        self.crashes = []
        self.problems = []
        self.lines = []         # (run, line) of every run

    def args(self):
        # SOAK_DRIVER_ARGS=--forget checks that this harness sees duplicates.
        return [self.exe, '--base', self.base, '--outbox', self.outbox,
                '--deadline', str(RUN_DEADLINE)] + os.environ.get('SOAK_DRIVER_ARGS', '').split()

    def run(self, kill_at, rng, stop_at):
        """One run; kill_at: the progress after which to kill it, or None.
        Returns 'killed', 'finished' (exit 0), 'crashed' (a signal of its
        own) or 'failed'."""
        self.runs += 1
        log = open(os.path.join(self.folder, f'driver-{self.runs}.log'), 'w')
        proc = subprocess.Popen(self.args(), stdout=subprocess.PIPE, stderr=log, text=True, bufsize=1)
        sel = selectors.DefaultSelector()
        sel.register(proc.stdout, selectors.EVENT_READ)
        kill_time = None
        buffered = ''
        while True:
            now = time.monotonic()
            if now > stop_at:
                proc.kill()
                proc.wait()
                self.problems.append(f'run {self.runs}: out of time ({BUDGET} s)')
                return 'failed'
            if kill_time is not None and now >= kill_time:
                proc.send_signal(signal.SIGKILL)
                proc.wait()
                self.kills += 1
                log.write(f'{time.monotonic() - self.started:8.3f} [soak.py: SIGKILL at progress >= {kill_at}]\n')
                log.close()
                return 'killed'
            timeout = 0.2 if kill_time is None else max(0.0, kill_time - now)
            if sel.select(timeout=timeout):
                chunk = os.read(proc.stdout.fileno(), 65536).decode('utf-8', 'replace')
                if chunk == '':
                    break
                buffered += chunk
                *complete, buffered = buffered.split('\n')
                for line in complete:
                    self.lines.append((self.runs, line))
                    log.write(f'{time.monotonic() - self.started:8.3f} {line}\n')
                    m = re.match(r'progress (\d+)$', line)
                    if kill_at is not None and kill_time is None and m and int(m.group(1)) >= kill_at:
                        # A random moment from here: maybe mid-write, maybe
                        # mid-request, maybe between two changes.
                        kill_time = time.monotonic() + rng.uniform(0, 0.4)
        rc = proc.wait()
        log.write(f'{time.monotonic() - self.started:8.3f} [soak.py: exited {rc}]\n')
        log.close()
        if rc < 0:
            # A crash is one more kill the outbox must survive, not a lost
            # change: counted and shown, and the planned kill comes later.
            # libsoup 3.2 crashes now and then when a kept-alive connection
            # is dropped while another request is on its way.
            self.crashes.append(f'run {self.runs}: {signal.Signals(-rc).name}')
            return 'crashed'
        if kill_at is not None or rc != 0:
            what = {2: 'bad arguments or no outbox', 3: 'changes refused or an intent in two entries',
                    4: 'its deadline passed'}.get(rc, 'failed')
            self.problems.append(f'run {self.runs} exited {rc} ({what})' +
                                 (f' before its kill at progress {kill_at}' if kill_at is not None else ''))
        return 'finished' if rc == 0 else 'failed'

    def dump(self):
        out = subprocess.run([self.exe, '--dump', '--outbox', self.outbox], capture_output=True, text=True)
        return out.stdout.splitlines()


def check(state_path, intents):
    """(lost, duplicated): lists of (index, why)."""
    with open(state_path) as f:
        state = json.load(f)
    consumers = {c['uid']: c for c in state['consumers']}
    by_email = collections.Counter((c.get('email') or '').lower() for c in state['consumers'])
    tickets = {t['uid']: t for t in state['tickets']}
    personalized = collections.Counter(uid for p in state['personalizations'] for uid in p.get('tickets', []))
    # The sandbox's logs of what POST /consumers and POST /orders applied.
    revised = collections.Counter(uid for r in state.get('consumer_revisions', []) for uid in r.get('tickets', []))
    reissued = collections.Counter(uid for r in state.get('reissues', []) for uid in r.get('tickets', []))
    lost, duplicated = [], []
    for i, intent in enumerate(intents):
        email = intent['email'].lower()
        ticket = tickets.get(intent['ticket'], {})
        holder = (consumers.get(ticket.get('consumer')) or {}).get('email', '').lower()
        if intent['kind'] == 'personalize':
            times = personalized[intent['ticket']]
            applied = times > 0 and holder == email
        elif intent['kind'] == 'revision':
            times = revised[intent['ticket']]
            applied = times > 0 and holder == email
        else:
            times = reissued[intent['ticket']]
            applied = times > 0 and ticket.get('status') == 'reissued'
        if not applied:
            lost.append((i, f'{intent["kind"]}: applied {times} times, ticket holder '
                            f'{"the intent" if holder == email else "another"}, status {ticket.get("status")}'))
        if times > 1 or by_email[email] > 1:
            duplicated.append((i, f'{intent["kind"]}: applied {times} times, {by_email[email]} consumers '
                                  f'with its email'))
    return lost, duplicated


def explain(bad, driver, entries):
    if len(bad) > 12:
        print(f'# {len(bad)} intents, the first 12:')
    for i, why in bad[:12]:
        print(f'# intent {i} {why}')
        for line in entries:
            if re.search(rf' intents( \d+)* {i}( |$)', line.split(' error:')[0]):
                print(f'#   {line}')
        for run, line in driver.lines:
            if re.match(rf'(submit|answer) {i}\b', line):
                print(f'#   run {run}: {line}')


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: soak.py TICKETS-SANDBOX SOAK-DRIVER")
    sandbox_exe, driver_exe = sys.argv[1], sys.argv[2]
    seed = int(os.environ.get('SOAK_SEED', '13'))
    rng = random.Random(seed)
    folder = tempfile.mkdtemp(prefix='tickets-soak-')
    started = time.monotonic()
    stop_at = started + BUDGET

    intents = json.loads(subprocess.run([driver_exe, '--list'], capture_output=True, text=True,
                                        check=True).stdout)
    sandbox = Sandbox(sandbox_exe, folder, seed)
    driver = Driver(driver_exe, folder, sandbox.base, sandbox.started)
    try:
        # Kill k after the k-th share of the changes has gone through, give
        # or take: spread over the whole run, the last with some to go.
        span = (len(intents) - 20) / N_KILLS
        plan = [int(k * span + rng.uniform(1, span)) for k in range(N_KILLS)]
        ended = None
        while plan and ended is None and time.monotonic() < stop_at:
            ended = driver.run(plan[0], rng, stop_at)
            if ended == 'killed':
                plan.pop(0)
                ended = None
            elif ended == 'crashed':
                ended = None        # the same kill, in the next run
        while ended in (None, 'crashed') and time.monotonic() < stop_at:
            ended = driver.run(None, rng, stop_at)
        finished = ended == 'finished'
    finally:
        sandbox.stop()

    faults = sandbox.faults()
    n_faults = sum(faults.values())
    lost, duplicated = check(sandbox.state, intents)
    entries = driver.dump()
    refused = [e for e in entries if ' state refused ' in e]
    elapsed = time.monotonic() - started

    print(f'submissions {len(intents)}, faults {n_faults}, kills {driver.kills}, '
          f'lost {len(lost)}, duplicated {len(duplicated)}')
    print(f'# {elapsed:.0f} s, {driver.runs} runs, seed {seed}, faults by kind: ' +
          ', '.join(f'{k} {n}' for k, n in sorted(faults.items())))
    if driver.crashes:
        print(f'# the driver also crashed {len(driver.crashes)} times (' + ', '.join(driver.crashes) +
              '); libsoup 3.2.3 does so when a kept-alive connection drops while another request is on its way')
    states = collections.Counter(e.split(' state ')[1].split()[0] for e in entries if ' state ' in e)
    print('# outbox entries: ' + ', '.join(f'{s} {n}' for s, n in sorted(states.items())))

    ok = not lost and not duplicated and driver.kills == N_KILLS and n_faults > 0 and not refused \
        and not driver.problems and finished
    if not ok:
        for problem in driver.problems:
            print(f'# {problem}')
        if driver.kills != N_KILLS:
            print(f'# {driver.kills} kills, not {N_KILLS}')
        if n_faults == 0:
            print('# the sandbox injected no fault: does it take --fail-kinds?')
        if not finished:
            print('# the last run did not finish')
        for line in refused:
            print(f'# refused: {line}')
        explain(lost, driver, entries)
        explain(duplicated, driver, entries)
        print(f'# logs, state and outbox in {folder}')
    elif not os.environ.get('SOAK_KEEP'):
        shutil.rmtree(folder, ignore_errors=True)
    else:
        print(f'# logs, state and outbox in {folder}')
    return 0 if ok else 1


if __name__ == '__main__':
    sys.exit(main())
