"""initial schema of the whole program

Revision ID: 0001
Revises: 
Create Date: 2026-11-26 04:59:53.285523
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0001'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('attachment',
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('filename', sa.String(length=255), nullable=False),
    sa.Column('media_type', sa.String(length=100), nullable=False),
    sa.Column('size', sa.BigInteger(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('hlc', sa.String(length=40), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attachment')),
    sa.UniqueConstraint('sha256', name=op.f('uq_attachment_sha256'))
    )
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attachment_hlc'), ['hlc'], unique=False)

    op.create_table('audit_log',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('officer', sa.String(length=120), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('table_name', sa.String(length=60), nullable=False),
    sa.Column('record_id', sa.String(length=36), nullable=False),
    sa.Column('action', sa.String(length=32), nullable=False),
    sa.Column('changes', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_log'))
    )
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_log_at'), ['at'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_log_record_id'), ['record_id'], unique=False)

    op.create_table('fiscal_year_profile',
    sa.Column('fiscal_year', sa.Integer(), nullable=False),
    sa.Column('target_households', sa.Integer(), nullable=False),
    sa.Column('training_days', sa.Integer(), nullable=False),
    sa.Column('training_min_days_to_complete', sa.Integer(), nullable=False),
    sa.Column('plan_request_cap', sa.BigInteger(), nullable=False),
    sa.Column('min_households_1hh1c', sa.Integer(), nullable=False),
    sa.Column('institute_pass_goal_pct', sa.BigInteger(), nullable=False),
    sa.Column('national_goal_households', sa.Integer(), nullable=False),
    sa.Column('report_months', sa.JSON(), nullable=False),
    sa.Column('quarter_deadlines', sa.JSON(), nullable=False),
    sa.Column('dsr_watch_pct', sa.BigInteger(), nullable=False),
    sa.Column('dsr_problem_pct', sa.BigInteger(), nullable=False),
    sa.Column('arrears_watch_days', sa.Integer(), nullable=False),
    sa.Column('arrears_problem_days', sa.Integer(), nullable=False),
    sa.Column('creditors_watch', sa.Integer(), nullable=False),
    sa.Column('affordability_k', sa.BigInteger(), nullable=False),
    sa.Column('target_dsr_pct', sa.BigInteger(), nullable=False),
    sa.Column('max_term_months', sa.Integer(), nullable=False),
    sa.Column('installment_step', sa.BigInteger(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('hlc', sa.String(length=40), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_fiscal_year_profile')),
    sa.UniqueConstraint('fiscal_year', name=op.f('uq_fiscal_year_profile_fiscal_year'))
    )
    with op.batch_alter_table('fiscal_year_profile', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_fiscal_year_profile_hlc'), ['hlc'], unique=False)

    op.create_table('local_setting',
    sa.Column('key', sa.String(length=80), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_local_setting'))
    )
    op.create_table('village',
    sa.Column('subdistrict_code', sa.String(length=6), nullable=False),
    sa.Column('village_no', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('hlc', sa.String(length=40), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_village'))
    )
    with op.batch_alter_table('village', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_village_hlc'), ['hlc'], unique=False)
        batch_op.create_index(batch_op.f('ix_village_subdistrict_code'), ['subdistrict_code'], unique=False)

    op.create_table('attachment_link',
    sa.Column('attachment_id', sa.String(length=36), nullable=False),
    sa.Column('owner_table', sa.String(length=60), nullable=False),
    sa.Column('owner_id', sa.String(length=36), nullable=False),
    sa.Column('evidence_kind', sa.String(length=60), nullable=False),
    sa.Column('caption', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('hlc', sa.String(length=40), nullable=False),
    sa.ForeignKeyConstraint(['attachment_id'], ['attachment.id'], name=op.f('fk_attachment_link_attachment_id_attachment')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attachment_link'))
    )
    with op.batch_alter_table('attachment_link', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attachment_link_attachment_id'), ['attachment_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_attachment_link_hlc'), ['hlc'], unique=False)
        batch_op.create_index(batch_op.f('ix_attachment_link_owner_id'), ['owner_id'], unique=False)

    op.create_table('institute',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('level', sa.String(length=32), nullable=False),
    sa.Column('cohort', sa.String(length=32), nullable=False),
    sa.Column('cohort_fiscal_year', sa.Integer(), nullable=True),
    sa.Column('founding_date', sa.Date(), nullable=True),
    sa.Column('province_code', sa.String(length=2), nullable=False),
    sa.Column('district_code', sa.String(length=4), nullable=False),
    sa.Column('subdistrict_code', sa.String(length=6), nullable=False),
    sa.Column('village_id', sa.String(length=36), nullable=True),
    sa.Column('address', sa.Text(), nullable=False),
    sa.Column('phone', sa.String(length=40), nullable=False),
    sa.Column('core_fund_id', sa.String(length=36), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('hlc', sa.String(length=40), nullable=False),
    sa.ForeignKeyConstraint(['core_fund_id'], ['member_fund.id'], name=op.f('fk_institute_core_fund_id_member_fund'), use_alter=True),
    sa.ForeignKeyConstraint(['village_id'], ['village.id'], name=op.f('fk_institute_village_id_village')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_institute'))
    )
    with op.batch_alter_table('institute', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_institute_district_code'), ['district_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_institute_hlc'), ['hlc'], unique=False)
        batch_op.create_index(batch_op.f('ix_institute_province_code'), ['province_code'], unique=False)

    op.create_table('committee_member',
    sa.Column('institute_id', sa.String(length=36), nullable=False),
    sa.Column('full_name', sa.String(length=200), nullable=False),
    sa.Column('role', sa.String(length=32), nullable=False),
    sa.Column('citizen_id', sa.String(length=13), nullable=False),
    sa.Column('phone', sa.String(length=40), nullable=False),
    sa.Column('term_start', sa.Date(), nullable=True),
    sa.Column('term_end', sa.Date(), nullable=True),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('hlc', sa.String(length=40), nullable=False),
    sa.ForeignKeyConstraint(['institute_id'], ['institute.id'], name=op.f('fk_committee_member_institute_id_institute')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_committee_member'))
    )
    with op.batch_alter_table('committee_member', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_committee_member_hlc'), ['hlc'], unique=False)
        batch_op.create_index(batch_op.f('ix_committee_member_institute_id'), ['institute_id'], unique=False)

    op.create_table('household',
    sa.Column('institute_id', sa.String(length=36), nullable=False),
    sa.Column('village_id', sa.String(length=36), nullable=True),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('house_no', sa.String(length=40), nullable=False),
    sa.Column('address', sa.Text(), nullable=False),
    sa.Column('phone', sa.String(length=40), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('hlc', sa.String(length=40), nullable=False),
    sa.ForeignKeyConstraint(['institute_id'], ['institute.id'], name=op.f('fk_household_institute_id_institute')),
    sa.ForeignKeyConstraint(['village_id'], ['village.id'], name=op.f('fk_household_village_id_village')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_household'))
    )
    with op.batch_alter_table('household', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_household_hlc'), ['hlc'], unique=False)
        batch_op.create_index(batch_op.f('ix_household_institute_id'), ['institute_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_household_village_id'), ['village_id'], unique=False)

    op.create_table('institute_plan',
    sa.Column('institute_id', sa.String(length=36), nullable=False),
    sa.Column('fiscal_year', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('meeting_date', sa.Date(), nullable=True),
    sa.Column('meeting_place', sa.String(length=200), nullable=False),
    sa.Column('attendees', sa.Text(), nullable=False),
    sa.Column('minutes', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=32), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('hlc', sa.String(length=40), nullable=False),
    sa.ForeignKeyConstraint(['institute_id'], ['institute.id'], name=op.f('fk_institute_plan_institute_id_institute')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_institute_plan')),
    sa.UniqueConstraint('institute_id', 'fiscal_year', name=op.f('uq_institute_plan_institute_id'))
    )
    with op.batch_alter_table('institute_plan', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_institute_plan_hlc'), ['hlc'], unique=False)
        batch_op.create_index(batch_op.f('ix_institute_plan_institute_id'), ['institute_id'], unique=False)

    op.create_table('member_fund',
    sa.Column('institute_id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('fund_type', sa.String(length=32), nullable=False),
    sa.Column('founded_date', sa.Date(), nullable=True),
    sa.Column('members_count', sa.Integer(), nullable=False),
    sa.Column('capital', sa.BigInteger(), nullable=False),
    sa.Column('can_lend', sa.Boolean(), nullable=False),
    sa.Column('lending_limit', sa.BigInteger(), nullable=True),
    sa.Column('interest_rate', sa.BigInteger(), nullable=True),
    sa.Column('max_term_months', sa.Integer(), nullable=True),
    sa.Column('bylaw_notes', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('hlc', sa.String(length=40), nullable=False),
    sa.ForeignKeyConstraint(['institute_id'], ['institute.id'], name=op.f('fk_member_fund_institute_id_institute')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_member_fund'))
    )
    with op.batch_alter_table('member_fund', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_member_fund_hlc'), ['hlc'], unique=False)
        batch_op.create_index(batch_op.f('ix_member_fund_institute_id'), ['institute_id'], unique=False)

    # institute.core_fund_id and member_fund.institute_id refer to each other: SQLite keeps the first key
    # inline in CREATE TABLE institute; other databases get it now that member_fund exists.
    if op.get_bind().dialect.name != 'sqlite':
        op.create_foreign_key(op.f('fk_institute_core_fund_id_member_fund'), 'institute', 'member_fund',
                              ['core_fund_id'], ['id'])

    op.create_table('program_activity',
    sa.Column('institute_id', sa.String(length=36), nullable=False),
    sa.Column('fiscal_year', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('planned_date', sa.Date(), nullable=True),
    sa.Column('done_date', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=32), nullable=False),
    sa.Column('budget', sa.BigInteger(), nullable=False),
    sa.Column('spent', sa.BigInteger(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('hlc', sa.String(length=40), nullable=False),
    sa.ForeignKeyConstraint(['institute_id'], ['institute.id'], name=op.f('fk_program_activity_institute_id_institute')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_program_activity'))
    )
    with op.batch_alter_table('program_activity', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_program_activity_hlc'), ['hlc'], unique=False)
        batch_op.create_index(batch_op.f('ix_program_activity_institute_id'), ['institute_id'], unique=False)

    op.create_table('report_round',
    sa.Column('institute_id', sa.String(length=36), nullable=False),
    sa.Column('fiscal_year', sa.Integer(), nullable=False),
    sa.Column('round_no', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=32), nullable=False),
    sa.Column('submitted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('submitted_by', sa.String(length=120), nullable=False),
    sa.Column('snapshot', sa.JSON(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('hlc', sa.String(length=40), nullable=False),
    sa.ForeignKeyConstraint(['institute_id'], ['institute.id'], name=op.f('fk_report_round_institute_id_institute')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_report_round')),
    sa.UniqueConstraint('institute_id', 'fiscal_year', 'round_no', name=op.f('uq_report_round_institute_id'))
    )
    with op.batch_alter_table('report_round', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_report_round_hlc'), ['hlc'], unique=False)
        batch_op.create_index(batch_op.f('ix_report_round_institute_id'), ['institute_id'], unique=False)

    op.create_table('target_selection',
    sa.Column('institute_id', sa.String(length=36), nullable=False),
    sa.Column('fiscal_year', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=32), nullable=False),
    sa.Column('locked_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('locked_by', sa.String(length=120), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('hlc', sa.String(length=40), nullable=False),
    sa.ForeignKeyConstraint(['institute_id'], ['institute.id'], name=op.f('fk_target_selection_institute_id_institute')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_target_selection')),
    sa.UniqueConstraint('institute_id', 'fiscal_year', name=op.f('uq_target_selection_institute_id'))
    )
    with op.batch_alter_table('target_selection', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_target_selection_hlc'), ['hlc'], unique=False)
        batch_op.create_index(batch_op.f('ix_target_selection_institute_id'), ['institute_id'], unique=False)

    op.create_table('training_course',
    sa.Column('institute_id', sa.String(length=36), nullable=False),
    sa.Column('fiscal_year', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('venue', sa.String(length=200), nullable=False),
    sa.Column('trainers', sa.Text(), nullable=False),
    sa.Column('days_count', sa.Integer(), nullable=False),
    sa.Column('min_days_to_complete', sa.Integer(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('hlc', sa.String(length=40), nullable=False),
    sa.ForeignKeyConstraint(['institute_id'], ['institute.id'], name=op.f('fk_training_course_institute_id_institute')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_training_course'))
    )
    with op.batch_alter_table('training_course', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_training_course_hlc'), ['hlc'], unique=False)
        batch_op.create_index(batch_op.f('ix_training_course_institute_id'), ['institute_id'], unique=False)

    op.create_table('household_member',
    sa.Column('household_id', sa.String(length=36), nullable=False),
    sa.Column('citizen_id', sa.String(length=13), nullable=False),
    sa.Column('title', sa.String(length=40), nullable=False),
    sa.Column('first_name', sa.String(length=100), nullable=False),
    sa.Column('last_name', sa.String(length=100), nullable=False),
    sa.Column('sex', sa.String(length=32), nullable=True),
    sa.Column('birth_date', sa.Date(), nullable=True),
    sa.Column('relation', sa.String(length=32), nullable=False),
    sa.Column('is_head', sa.Boolean(), nullable=False),
    sa.Column('occupation', sa.String(length=120), nullable=False),
    sa.Column('phone', sa.String(length=40), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('hlc', sa.String(length=40), nullable=False),
    sa.ForeignKeyConstraint(['household_id'], ['household.id'], name=op.f('fk_household_member_household_id_household')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_household_member'))
    )
    with op.batch_alter_table('household_member', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_household_member_citizen_id'), ['citizen_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_household_member_hlc'), ['hlc'], unique=False)
        batch_op.create_index(batch_op.f('ix_household_member_household_id'), ['household_id'], unique=False)

    op.create_table('life_development_plan',
    sa.Column('household_id', sa.String(length=36), nullable=False),
    sa.Column('fiscal_year', sa.Integer(), nullable=False),
    sa.Column('made_on', sa.Date(), nullable=True),
    sa.Column('goals', sa.Text(), nullable=False),
    sa.Column('savings_target_monthly', sa.BigInteger(), nullable=False),
    sa.Column('status', sa.String(length=32), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('hlc', sa.String(length=40), nullable=False),
    sa.ForeignKeyConstraint(['household_id'], ['household.id'], name=op.f('fk_life_development_plan_household_id_household')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_life_development_plan')),
    sa.UniqueConstraint('household_id', 'fiscal_year', name=op.f('uq_life_development_plan_household_id'))
    )
    with op.batch_alter_table('life_development_plan', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_life_development_plan_hlc'), ['hlc'], unique=False)
        batch_op.create_index(batch_op.f('ix_life_development_plan_household_id'), ['household_id'], unique=False)

    op.create_table('plan_project',
    sa.Column('plan_id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('objective', sa.Text(), nullable=False),
    sa.Column('households_served', sa.Integer(), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=True),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=32), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('hlc', sa.String(length=40), nullable=False),
    sa.ForeignKeyConstraint(['plan_id'], ['institute_plan.id'], name=op.f('fk_plan_project_plan_id_institute_plan')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plan_project'))
    )
    with op.batch_alter_table('plan_project', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_plan_project_hlc'), ['hlc'], unique=False)
        batch_op.create_index(batch_op.f('ix_plan_project_plan_id'), ['plan_id'], unique=False)

    op.create_table('target_change',
    sa.Column('selection_id', sa.String(length=36), nullable=False),
    sa.Column('household_id', sa.String(length=36), nullable=True),
    sa.Column('action', sa.String(length=32), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('officer', sa.String(length=120), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('hlc', sa.String(length=40), nullable=False),
    sa.ForeignKeyConstraint(['household_id'], ['household.id'], name=op.f('fk_target_change_household_id_household')),
    sa.ForeignKeyConstraint(['selection_id'], ['target_selection.id'], name=op.f('fk_target_change_selection_id_target_selection')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_target_change'))
    )
    with op.batch_alter_table('target_change', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_target_change_hlc'), ['hlc'], unique=False)
        batch_op.create_index(batch_op.f('ix_target_change_selection_id'), ['selection_id'], unique=False)

    op.create_table('target_household',
    sa.Column('selection_id', sa.String(length=36), nullable=False),
    sa.Column('household_id', sa.String(length=36), nullable=False),
    sa.Column('rank', sa.Integer(), nullable=False),
    sa.Column('class_at_selection', sa.String(length=2), nullable=False),
    sa.Column('proposed', sa.Boolean(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('hlc', sa.String(length=40), nullable=False),
    sa.ForeignKeyConstraint(['household_id'], ['household.id'], name=op.f('fk_target_household_household_id_household')),
    sa.ForeignKeyConstraint(['selection_id'], ['target_selection.id'], name=op.f('fk_target_household_selection_id_target_selection')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_target_household'))
    )
    with op.batch_alter_table('target_household', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_target_household_hlc'), ['hlc'], unique=False)
        batch_op.create_index(batch_op.f('ix_target_household_household_id'), ['household_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_target_household_selection_id'), ['selection_id'], unique=False)

    op.create_table('training_day',
    sa.Column('course_id', sa.String(length=36), nullable=False),
    sa.Column('day_no', sa.Integer(), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=True),
    sa.Column('topics', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('hlc', sa.String(length=40), nullable=False),
    sa.ForeignKeyConstraint(['course_id'], ['training_course.id'], name=op.f('fk_training_day_course_id_training_course')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_training_day')),
    sa.UniqueConstraint('course_id', 'day_no', name=op.f('uq_training_day_course_id'))
    )
    with op.batch_alter_table('training_day', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_training_day_course_id'), ['course_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_training_day_hlc'), ['hlc'], unique=False)

    op.create_table('budget_line',
    sa.Column('project_id', sa.String(length=36), nullable=False),
    sa.Column('item', sa.String(length=200), nullable=False),
    sa.Column('quantity', sa.BigInteger(), nullable=False),
    sa.Column('unit', sa.String(length=40), nullable=False),
    sa.Column('unit_cost', sa.BigInteger(), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.Column('spent', sa.BigInteger(), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('hlc', sa.String(length=40), nullable=False),
    sa.ForeignKeyConstraint(['project_id'], ['plan_project.id'], name=op.f('fk_budget_line_project_id_plan_project')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_budget_line'))
    )
    with op.batch_alter_table('budget_line', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_budget_line_hlc'), ['hlc'], unique=False)
        batch_op.create_index(batch_op.f('ix_budget_line_project_id'), ['project_id'], unique=False)

    op.create_table('consolidation_contract',
    sa.Column('institute_id', sa.String(length=36), nullable=False),
    sa.Column('household_id', sa.String(length=36), nullable=False),
    sa.Column('fiscal_year', sa.Integer(), nullable=False),
    sa.Column('contract_no', sa.String(length=60), nullable=False),
    sa.Column('lender_kind', sa.String(length=32), nullable=False),
    sa.Column('lender_fund_id', sa.String(length=36), nullable=True),
    sa.Column('borrower_member_id', sa.String(length=36), nullable=True),
    sa.Column('gross_payoff', sa.BigInteger(), nullable=False),
    sa.Column('waived', sa.BigInteger(), nullable=False),
    sa.Column('down_payment', sa.BigInteger(), nullable=False),
    sa.Column('principal', sa.BigInteger(), nullable=False),
    sa.Column('interest_rate', sa.BigInteger(), nullable=False),
    sa.Column('method', sa.String(length=32), nullable=False),
    sa.Column('term_months', sa.Integer(), nullable=False),
    sa.Column('installment', sa.BigInteger(), nullable=False),
    sa.Column('total_interest', sa.BigInteger(), nullable=False),
    sa.Column('apr', sa.BigInteger(), nullable=True),
    sa.Column('first_due_date', sa.Date(), nullable=True),
    sa.Column('signing_date', sa.Date(), nullable=True),
    sa.Column('signing_place', sa.String(length=200), nullable=False),
    sa.Column('status', sa.String(length=32), nullable=False),
    sa.Column('amends_contract_id', sa.String(length=36), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('hlc', sa.String(length=40), nullable=False),
    sa.ForeignKeyConstraint(['amends_contract_id'], ['consolidation_contract.id'], name=op.f('fk_consolidation_contract_amends_contract_id_consolidation_contract')),
    sa.ForeignKeyConstraint(['borrower_member_id'], ['household_member.id'], name=op.f('fk_consolidation_contract_borrower_member_id_household_member')),
    sa.ForeignKeyConstraint(['household_id'], ['household.id'], name=op.f('fk_consolidation_contract_household_id_household')),
    sa.ForeignKeyConstraint(['institute_id'], ['institute.id'], name=op.f('fk_consolidation_contract_institute_id_institute')),
    sa.ForeignKeyConstraint(['lender_fund_id'], ['member_fund.id'], name=op.f('fk_consolidation_contract_lender_fund_id_member_fund')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_consolidation_contract'))
    )
    with op.batch_alter_table('consolidation_contract', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_consolidation_contract_hlc'), ['hlc'], unique=False)
        batch_op.create_index(batch_op.f('ix_consolidation_contract_household_id'), ['household_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_consolidation_contract_institute_id'), ['institute_id'], unique=False)

    op.create_table('debt',
    sa.Column('household_id', sa.String(length=36), nullable=False),
    sa.Column('debtor_member_id', sa.String(length=36), nullable=True),
    sa.Column('creditor_kind', sa.String(length=32), nullable=False),
    sa.Column('member_fund_id', sa.String(length=36), nullable=True),
    sa.Column('creditor_name', sa.String(length=200), nullable=False),
    sa.Column('contract_no', sa.String(length=60), nullable=False),
    sa.Column('contract_date', sa.Date(), nullable=True),
    sa.Column('due_date', sa.Date(), nullable=True),
    sa.Column('principal', sa.BigInteger(), nullable=False),
    sa.Column('outstanding', sa.BigInteger(), nullable=False),
    sa.Column('interest_rate', sa.BigInteger(), nullable=True),
    sa.Column('installment', sa.BigInteger(), nullable=True),
    sa.Column('term_months', sa.Integer(), nullable=True),
    sa.Column('days_overdue', sa.Integer(), nullable=False),
    sa.Column('purpose', sa.String(length=32), nullable=True),
    sa.Column('status', sa.String(length=32), nullable=False),
    sa.Column('closed_date', sa.Date(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('hlc', sa.String(length=40), nullable=False),
    sa.ForeignKeyConstraint(['debtor_member_id'], ['household_member.id'], name=op.f('fk_debt_debtor_member_id_household_member')),
    sa.ForeignKeyConstraint(['household_id'], ['household.id'], name=op.f('fk_debt_household_id_household')),
    sa.ForeignKeyConstraint(['member_fund_id'], ['member_fund.id'], name=op.f('fk_debt_member_fund_id_member_fund')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_debt'))
    )
    with op.batch_alter_table('debt', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_debt_creditor_kind'), ['creditor_kind'], unique=False)
        batch_op.create_index(batch_op.f('ix_debt_hlc'), ['hlc'], unique=False)
        batch_op.create_index(batch_op.f('ix_debt_household_id'), ['household_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_debt_member_fund_id'), ['member_fund_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_debt_status'), ['status'], unique=False)

    op.create_table('household_finance',
    sa.Column('household_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('category', sa.String(length=32), nullable=False),
    sa.Column('amount_monthly', sa.BigInteger(), nullable=False),
    sa.Column('member_id', sa.String(length=36), nullable=True),
    sa.Column('note', sa.String(length=200), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('hlc', sa.String(length=40), nullable=False),
    sa.ForeignKeyConstraint(['household_id'], ['household.id'], name=op.f('fk_household_finance_household_id_household')),
    sa.ForeignKeyConstraint(['member_id'], ['household_member.id'], name=op.f('fk_household_finance_member_id_household_member')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_household_finance'))
    )
    with op.batch_alter_table('household_finance', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_household_finance_hlc'), ['hlc'], unique=False)
        batch_op.create_index(batch_op.f('ix_household_finance_household_id'), ['household_id'], unique=False)

    op.create_table('life_plan_follow_up',
    sa.Column('plan_id', sa.String(length=36), nullable=False),
    sa.Column('visited_on', sa.Date(), nullable=False),
    sa.Column('savings_to_date', sa.BigInteger(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('hlc', sa.String(length=40), nullable=False),
    sa.ForeignKeyConstraint(['plan_id'], ['life_development_plan.id'], name=op.f('fk_life_plan_follow_up_plan_id_life_development_plan')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_life_plan_follow_up'))
    )
    with op.batch_alter_table('life_plan_follow_up', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_life_plan_follow_up_hlc'), ['hlc'], unique=False)
        batch_op.create_index(batch_op.f('ix_life_plan_follow_up_plan_id'), ['plan_id'], unique=False)

    op.create_table('life_plan_item',
    sa.Column('plan_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('amount_monthly', sa.BigInteger(), nullable=True),
    sa.Column('target_date', sa.Date(), nullable=True),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('hlc', sa.String(length=40), nullable=False),
    sa.ForeignKeyConstraint(['plan_id'], ['life_development_plan.id'], name=op.f('fk_life_plan_item_plan_id_life_development_plan')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_life_plan_item'))
    )
    with op.batch_alter_table('life_plan_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_life_plan_item_hlc'), ['hlc'], unique=False)
        batch_op.create_index(batch_op.f('ix_life_plan_item_plan_id'), ['plan_id'], unique=False)

    op.create_table('participation_record',
    sa.Column('institute_id', sa.String(length=36), nullable=False),
    sa.Column('household_id', sa.String(length=36), nullable=False),
    sa.Column('fiscal_year', sa.Integer(), nullable=False),
    sa.Column('representative_member_id', sa.String(length=36), nullable=True),
    sa.Column('enrolled_on', sa.Date(), nullable=True),
    sa.Column('consent_given', sa.Boolean(), nullable=False),
    sa.Column('signed_on', sa.Date(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('hlc', sa.String(length=40), nullable=False),
    sa.ForeignKeyConstraint(['household_id'], ['household.id'], name=op.f('fk_participation_record_household_id_household')),
    sa.ForeignKeyConstraint(['institute_id'], ['institute.id'], name=op.f('fk_participation_record_institute_id_institute')),
    sa.ForeignKeyConstraint(['representative_member_id'], ['household_member.id'], name=op.f('fk_participation_record_representative_member_id_household_member')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_participation_record')),
    sa.UniqueConstraint('household_id', 'fiscal_year', name=op.f('uq_participation_record_household_id'))
    )
    with op.batch_alter_table('participation_record', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_participation_record_hlc'), ['hlc'], unique=False)
        batch_op.create_index(batch_op.f('ix_participation_record_institute_id'), ['institute_id'], unique=False)

    op.create_table('training_participant',
    sa.Column('course_id', sa.String(length=36), nullable=False),
    sa.Column('household_id', sa.String(length=36), nullable=True),
    sa.Column('member_id', sa.String(length=36), nullable=True),
    sa.Column('full_name', sa.String(length=200), nullable=False),
    sa.Column('note', sa.String(length=200), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('hlc', sa.String(length=40), nullable=False),
    sa.ForeignKeyConstraint(['course_id'], ['training_course.id'], name=op.f('fk_training_participant_course_id_training_course')),
    sa.ForeignKeyConstraint(['household_id'], ['household.id'], name=op.f('fk_training_participant_household_id_household')),
    sa.ForeignKeyConstraint(['member_id'], ['household_member.id'], name=op.f('fk_training_participant_member_id_household_member')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_training_participant'))
    )
    with op.batch_alter_table('training_participant', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_training_participant_course_id'), ['course_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_training_participant_hlc'), ['hlc'], unique=False)

    op.create_table('contract_party',
    sa.Column('contract_id', sa.String(length=36), nullable=False),
    sa.Column('role', sa.String(length=32), nullable=False),
    sa.Column('member_id', sa.String(length=36), nullable=True),
    sa.Column('full_name', sa.String(length=200), nullable=False),
    sa.Column('citizen_id', sa.String(length=13), nullable=False),
    sa.Column('address', sa.Text(), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('hlc', sa.String(length=40), nullable=False),
    sa.ForeignKeyConstraint(['contract_id'], ['consolidation_contract.id'], name=op.f('fk_contract_party_contract_id_consolidation_contract')),
    sa.ForeignKeyConstraint(['member_id'], ['household_member.id'], name=op.f('fk_contract_party_member_id_household_member')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contract_party'))
    )
    with op.batch_alter_table('contract_party', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contract_party_contract_id'), ['contract_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_contract_party_hlc'), ['hlc'], unique=False)

    op.create_table('debt_guarantor',
    sa.Column('debt_id', sa.String(length=36), nullable=False),
    sa.Column('member_id', sa.String(length=36), nullable=True),
    sa.Column('full_name', sa.String(length=200), nullable=False),
    sa.Column('citizen_id', sa.String(length=13), nullable=False),
    sa.Column('relation_note', sa.String(length=120), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('hlc', sa.String(length=40), nullable=False),
    sa.ForeignKeyConstraint(['debt_id'], ['debt.id'], name=op.f('fk_debt_guarantor_debt_id_debt')),
    sa.ForeignKeyConstraint(['member_id'], ['household_member.id'], name=op.f('fk_debt_guarantor_member_id_household_member')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_debt_guarantor'))
    )
    with op.batch_alter_table('debt_guarantor', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_debt_guarantor_debt_id'), ['debt_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_debt_guarantor_hlc'), ['hlc'], unique=False)

    op.create_table('debt_status_change',
    sa.Column('debt_id', sa.String(length=36), nullable=False),
    sa.Column('from_status', sa.String(length=32), nullable=True),
    sa.Column('to_status', sa.String(length=32), nullable=False),
    sa.Column('changed_on', sa.Date(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('contract_id', sa.String(length=36), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('hlc', sa.String(length=40), nullable=False),
    sa.ForeignKeyConstraint(['contract_id'], ['consolidation_contract.id'], name=op.f('fk_debt_status_change_contract_id_consolidation_contract')),
    sa.ForeignKeyConstraint(['debt_id'], ['debt.id'], name=op.f('fk_debt_status_change_debt_id_debt')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_debt_status_change'))
    )
    with op.batch_alter_table('debt_status_change', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_debt_status_change_debt_id'), ['debt_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_debt_status_change_hlc'), ['hlc'], unique=False)

    op.create_table('repayment',
    sa.Column('contract_id', sa.String(length=36), nullable=False),
    sa.Column('paid_on', sa.Date(), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.Column('principal', sa.BigInteger(), nullable=False),
    sa.Column('interest', sa.BigInteger(), nullable=False),
    sa.Column('penalty', sa.BigInteger(), nullable=False),
    sa.Column('receipt_no', sa.String(length=60), nullable=False),
    sa.Column('note', sa.String(length=200), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('hlc', sa.String(length=40), nullable=False),
    sa.ForeignKeyConstraint(['contract_id'], ['consolidation_contract.id'], name=op.f('fk_repayment_contract_id_consolidation_contract')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_repayment'))
    )
    with op.batch_alter_table('repayment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_repayment_contract_id'), ['contract_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_repayment_hlc'), ['hlc'], unique=False)

    op.create_table('schedule_line',
    sa.Column('contract_id', sa.String(length=36), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('due_date', sa.Date(), nullable=False),
    sa.Column('installment', sa.BigInteger(), nullable=False),
    sa.Column('principal', sa.BigInteger(), nullable=False),
    sa.Column('interest', sa.BigInteger(), nullable=False),
    sa.Column('balance_after', sa.BigInteger(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('hlc', sa.String(length=40), nullable=False),
    sa.ForeignKeyConstraint(['contract_id'], ['consolidation_contract.id'], name=op.f('fk_schedule_line_contract_id_consolidation_contract')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_schedule_line')),
    sa.UniqueConstraint('contract_id', 'seq', name=op.f('uq_schedule_line_contract_id'))
    )
    with op.batch_alter_table('schedule_line', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_schedule_line_contract_id'), ['contract_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_schedule_line_hlc'), ['hlc'], unique=False)

    op.create_table('training_attendance',
    sa.Column('day_id', sa.String(length=36), nullable=False),
    sa.Column('participant_id', sa.String(length=36), nullable=False),
    sa.Column('status', sa.String(length=32), nullable=False),
    sa.Column('note', sa.String(length=200), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('hlc', sa.String(length=40), nullable=False),
    sa.ForeignKeyConstraint(['day_id'], ['training_day.id'], name=op.f('fk_training_attendance_day_id_training_day')),
    sa.ForeignKeyConstraint(['participant_id'], ['training_participant.id'], name=op.f('fk_training_attendance_participant_id_training_participant')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_training_attendance')),
    sa.UniqueConstraint('day_id', 'participant_id', name=op.f('uq_training_attendance_day_id'))
    )
    with op.batch_alter_table('training_attendance', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_training_attendance_day_id'), ['day_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_training_attendance_hlc'), ['hlc'], unique=False)
        batch_op.create_index(batch_op.f('ix_training_attendance_participant_id'), ['participant_id'], unique=False)

    op.create_table('transfer_line',
    sa.Column('contract_id', sa.String(length=36), nullable=False),
    sa.Column('source_debt_id', sa.String(length=36), nullable=False),
    sa.Column('source_fund_id', sa.String(length=36), nullable=True),
    sa.Column('source_creditor', sa.String(length=200), nullable=False),
    sa.Column('source_contract_no', sa.String(length=60), nullable=False),
    sa.Column('principal', sa.BigInteger(), nullable=False),
    sa.Column('interest', sa.BigInteger(), nullable=False),
    sa.Column('penalty', sa.BigInteger(), nullable=False),
    sa.Column('interest_waived', sa.BigInteger(), nullable=False),
    sa.Column('penalty_waived', sa.BigInteger(), nullable=False),
    sa.Column('amount_transferred', sa.BigInteger(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('hlc', sa.String(length=40), nullable=False),
    sa.ForeignKeyConstraint(['contract_id'], ['consolidation_contract.id'], name=op.f('fk_transfer_line_contract_id_consolidation_contract')),
    sa.ForeignKeyConstraint(['source_debt_id'], ['debt.id'], name=op.f('fk_transfer_line_source_debt_id_debt')),
    sa.ForeignKeyConstraint(['source_fund_id'], ['member_fund.id'], name=op.f('fk_transfer_line_source_fund_id_member_fund')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_transfer_line'))
    )
    with op.batch_alter_table('transfer_line', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_transfer_line_contract_id'), ['contract_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_transfer_line_hlc'), ['hlc'], unique=False)
        batch_op.create_index(batch_op.f('ix_transfer_line_source_debt_id'), ['source_debt_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('transfer_line', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_transfer_line_source_debt_id'))
        batch_op.drop_index(batch_op.f('ix_transfer_line_hlc'))
        batch_op.drop_index(batch_op.f('ix_transfer_line_contract_id'))

    op.drop_table('transfer_line')
    with op.batch_alter_table('training_attendance', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_training_attendance_participant_id'))
        batch_op.drop_index(batch_op.f('ix_training_attendance_hlc'))
        batch_op.drop_index(batch_op.f('ix_training_attendance_day_id'))

    op.drop_table('training_attendance')
    with op.batch_alter_table('schedule_line', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_schedule_line_hlc'))
        batch_op.drop_index(batch_op.f('ix_schedule_line_contract_id'))

    op.drop_table('schedule_line')
    with op.batch_alter_table('repayment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_repayment_hlc'))
        batch_op.drop_index(batch_op.f('ix_repayment_contract_id'))

    op.drop_table('repayment')
    with op.batch_alter_table('debt_status_change', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_debt_status_change_hlc'))
        batch_op.drop_index(batch_op.f('ix_debt_status_change_debt_id'))

    op.drop_table('debt_status_change')
    with op.batch_alter_table('debt_guarantor', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_debt_guarantor_hlc'))
        batch_op.drop_index(batch_op.f('ix_debt_guarantor_debt_id'))

    op.drop_table('debt_guarantor')
    with op.batch_alter_table('contract_party', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contract_party_hlc'))
        batch_op.drop_index(batch_op.f('ix_contract_party_contract_id'))

    op.drop_table('contract_party')
    with op.batch_alter_table('training_participant', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_training_participant_hlc'))
        batch_op.drop_index(batch_op.f('ix_training_participant_course_id'))

    op.drop_table('training_participant')
    with op.batch_alter_table('participation_record', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_participation_record_institute_id'))
        batch_op.drop_index(batch_op.f('ix_participation_record_hlc'))

    op.drop_table('participation_record')
    with op.batch_alter_table('life_plan_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_life_plan_item_plan_id'))
        batch_op.drop_index(batch_op.f('ix_life_plan_item_hlc'))

    op.drop_table('life_plan_item')
    with op.batch_alter_table('life_plan_follow_up', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_life_plan_follow_up_plan_id'))
        batch_op.drop_index(batch_op.f('ix_life_plan_follow_up_hlc'))

    op.drop_table('life_plan_follow_up')
    with op.batch_alter_table('household_finance', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_household_finance_household_id'))
        batch_op.drop_index(batch_op.f('ix_household_finance_hlc'))

    op.drop_table('household_finance')
    with op.batch_alter_table('debt', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_debt_status'))
        batch_op.drop_index(batch_op.f('ix_debt_member_fund_id'))
        batch_op.drop_index(batch_op.f('ix_debt_household_id'))
        batch_op.drop_index(batch_op.f('ix_debt_hlc'))
        batch_op.drop_index(batch_op.f('ix_debt_creditor_kind'))

    op.drop_table('debt')
    with op.batch_alter_table('consolidation_contract', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_consolidation_contract_institute_id'))
        batch_op.drop_index(batch_op.f('ix_consolidation_contract_household_id'))
        batch_op.drop_index(batch_op.f('ix_consolidation_contract_hlc'))

    op.drop_table('consolidation_contract')
    with op.batch_alter_table('budget_line', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_budget_line_project_id'))
        batch_op.drop_index(batch_op.f('ix_budget_line_hlc'))

    op.drop_table('budget_line')
    with op.batch_alter_table('training_day', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_training_day_hlc'))
        batch_op.drop_index(batch_op.f('ix_training_day_course_id'))

    op.drop_table('training_day')
    with op.batch_alter_table('target_household', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_target_household_selection_id'))
        batch_op.drop_index(batch_op.f('ix_target_household_household_id'))
        batch_op.drop_index(batch_op.f('ix_target_household_hlc'))

    op.drop_table('target_household')
    with op.batch_alter_table('target_change', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_target_change_selection_id'))
        batch_op.drop_index(batch_op.f('ix_target_change_hlc'))

    op.drop_table('target_change')
    with op.batch_alter_table('plan_project', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_plan_project_plan_id'))
        batch_op.drop_index(batch_op.f('ix_plan_project_hlc'))

    op.drop_table('plan_project')
    with op.batch_alter_table('life_development_plan', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_life_development_plan_household_id'))
        batch_op.drop_index(batch_op.f('ix_life_development_plan_hlc'))

    op.drop_table('life_development_plan')
    with op.batch_alter_table('household_member', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_household_member_household_id'))
        batch_op.drop_index(batch_op.f('ix_household_member_hlc'))
        batch_op.drop_index(batch_op.f('ix_household_member_citizen_id'))

    op.drop_table('household_member')
    with op.batch_alter_table('training_course', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_training_course_institute_id'))
        batch_op.drop_index(batch_op.f('ix_training_course_hlc'))

    op.drop_table('training_course')
    with op.batch_alter_table('target_selection', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_target_selection_institute_id'))
        batch_op.drop_index(batch_op.f('ix_target_selection_hlc'))

    op.drop_table('target_selection')
    with op.batch_alter_table('report_round', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_report_round_institute_id'))
        batch_op.drop_index(batch_op.f('ix_report_round_hlc'))

    op.drop_table('report_round')
    with op.batch_alter_table('program_activity', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_program_activity_institute_id'))
        batch_op.drop_index(batch_op.f('ix_program_activity_hlc'))

    op.drop_table('program_activity')
    with op.batch_alter_table('member_fund', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_member_fund_institute_id'))
        batch_op.drop_index(batch_op.f('ix_member_fund_hlc'))

    op.drop_table('member_fund')
    with op.batch_alter_table('institute_plan', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_institute_plan_institute_id'))
        batch_op.drop_index(batch_op.f('ix_institute_plan_hlc'))

    op.drop_table('institute_plan')
    with op.batch_alter_table('household', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_household_village_id'))
        batch_op.drop_index(batch_op.f('ix_household_institute_id'))
        batch_op.drop_index(batch_op.f('ix_household_hlc'))

    op.drop_table('household')
    with op.batch_alter_table('committee_member', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_committee_member_institute_id'))
        batch_op.drop_index(batch_op.f('ix_committee_member_hlc'))

    op.drop_table('committee_member')
    with op.batch_alter_table('institute', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_institute_province_code'))
        batch_op.drop_index(batch_op.f('ix_institute_hlc'))
        batch_op.drop_index(batch_op.f('ix_institute_district_code'))

    op.drop_table('institute')
    with op.batch_alter_table('attachment_link', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attachment_link_owner_id'))
        batch_op.drop_index(batch_op.f('ix_attachment_link_hlc'))
        batch_op.drop_index(batch_op.f('ix_attachment_link_attachment_id'))

    op.drop_table('attachment_link')
    with op.batch_alter_table('village', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_village_subdistrict_code'))
        batch_op.drop_index(batch_op.f('ix_village_hlc'))

    op.drop_table('village')
    op.drop_table('local_setting')
    with op.batch_alter_table('fiscal_year_profile', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_fiscal_year_profile_hlc'))

    op.drop_table('fiscal_year_profile')
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_log_record_id'))
        batch_op.drop_index(batch_op.f('ix_audit_log_at'))

    op.drop_table('audit_log')
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attachment_hlc'))

    op.drop_table('attachment')
