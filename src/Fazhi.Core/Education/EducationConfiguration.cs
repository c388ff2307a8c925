using Fazhi.Core.Regions;
using Fazhi.Core.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fazhi.Core.Education;

internal sealed class StaffMemberConfiguration : IEntityTypeConfiguration<StaffMember>
{
    public void Configure(EntityTypeBuilder<StaffMember> b)
    {
        b.ToTable("StaffMembers");
        b.Property(x => x.ScopePath).HasMaxLength(200);
        b.Property(x => x.Name).HasMaxLength(50);
        b.Property(x => x.Position).HasMaxLength(50);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne<Region>().WithMany().HasForeignKey(x => x.TownId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Office>().WithMany().HasForeignKey(x => x.OfficeId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class EducationEventConfiguration : IEntityTypeConfiguration<EducationEvent>
{
    public void Configure(EntityTypeBuilder<EducationEvent> b)
    {
        b.ToTable("EducationEvents");
        b.Property(x => x.ScopePath).HasMaxLength(200);
        b.Property(x => x.Title).HasMaxLength(100);
        b.Property(x => x.Kind).HasMaxLength(20);
        b.Property(x => x.SectorList).HasMaxLength(100);
        b.Property(x => x.ChannelList).HasMaxLength(100);
        b.Property(x => x.Venue).HasMaxLength(100);
        b.Property(x => x.Speakers).HasMaxLength(200);
        b.Property(x => x.Summary).HasMaxLength(4000);
        b.Property(x => x.AttendanceKind).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Ignore(x => x.SectorsReached);
        b.Ignore(x => x.ChannelsUsed);
        b.Ignore(x => x.AttendanceText);
        b.HasIndex(x => x.HeldOn);
        b.HasOne<Region>().WithMany().HasForeignKey(x => x.TownId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Region>().WithMany().HasForeignKey(x => x.VillageId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Office>().WithMany().HasForeignKey(x => x.OrganiserOfficeId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Partners).WithOne().HasForeignKey(x => x.EventId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class EventPartnerConfiguration : IEntityTypeConfiguration<EventPartner>
{
    public void Configure(EntityTypeBuilder<EventPartner> b)
    {
        b.ToTable("EducationEventPartners");
        b.Property(x => x.ScopePath).HasMaxLength(200);
        b.Property(x => x.Name).HasMaxLength(100);
        b.HasOne<PartnerOrganisation>().WithMany().HasForeignKey(x => x.PartnerId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class StudySessionConfiguration : IEntityTypeConfiguration<StudySession>
{
    public void Configure(EntityTypeBuilder<StudySession> b)
    {
        b.ToTable("StudySessions");
        b.Property(x => x.ScopePath).HasMaxLength(200);
        b.Property(x => x.Kind).HasMaxLength(20);
        b.Property(x => x.Topic).HasMaxLength(200);
        b.Property(x => x.Lecturer).HasMaxLength(100);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Ignore(x => x.Hours);
        b.HasIndex(x => x.HeldOn);
        b.HasOne<Region>().WithMany().HasForeignKey(x => x.TownId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Attendees).WithOne().HasForeignKey(x => x.SessionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class StudyAttendeeConfiguration : IEntityTypeConfiguration<StudyAttendee>
{
    public void Configure(EntityTypeBuilder<StudyAttendee> b)
    {
        b.ToTable("StudyAttendees");
        b.Property(x => x.ScopePath).HasMaxLength(200);
        b.Property(x => x.Name).HasMaxLength(50);
        b.HasOne<StaffMember>().WithMany().HasForeignKey(x => x.StaffMemberId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ExamConfiguration : IEntityTypeConfiguration<Exam>
{
    public void Configure(EntityTypeBuilder<Exam> b)
    {
        b.ToTable("Exams");
        b.Property(x => x.ScopePath).HasMaxLength(200);
        b.Property(x => x.Title).HasMaxLength(100);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne<Region>().WithMany().HasForeignKey(x => x.TownId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Results).WithOne().HasForeignKey(x => x.ExamId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ExamResultConfiguration : IEntityTypeConfiguration<ExamResult>
{
    public void Configure(EntityTypeBuilder<ExamResult> b)
    {
        b.ToTable("ExamResults");
        b.Property(x => x.ScopePath).HasMaxLength(200);
        b.Property(x => x.Name).HasMaxLength(50);
        b.HasOne<StaffMember>().WithMany().HasForeignKey(x => x.StaffMemberId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ConsultationConfiguration : IEntityTypeConfiguration<Consultation>
{
    public void Configure(EntityTypeBuilder<Consultation> b)
    {
        b.ToTable("Consultations");
        b.Property(x => x.ScopePath).HasMaxLength(200);
        b.Property(x => x.PersonName).HasMaxLength(50);
        // Plain length; PersonalDataConventions widens it for the ciphertext.
        b.Property(x => x.Phone).HasMaxLength(20);
        b.Property(x => x.Category).HasMaxLength(20);
        b.Property(x => x.Question).HasMaxLength(2000);
        b.Property(x => x.Answer).HasMaxLength(4000);
        b.Property(x => x.AnsweredBy).HasMaxLength(50);
        b.Property(x => x.FollowUp).HasMaxLength(1000);
        b.Property(x => x.ReferralResult).HasMaxLength(1000);
        b.Property(x => x.Channel).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Referral).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => x.On);
        b.HasOne<Region>().WithMany().HasForeignKey(x => x.TownId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Region>().WithMany().HasForeignKey(x => x.VillageId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<EducationEvent>().WithMany().HasForeignKey(x => x.EventId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class LegalAdvisorConfiguration : IEntityTypeConfiguration<LegalAdvisor>
{
    public void Configure(EntityTypeBuilder<LegalAdvisor> b)
    {
        b.ToTable("LegalAdvisors");
        b.Property(x => x.ScopePath).HasMaxLength(200);
        b.Property(x => x.FirmName).HasMaxLength(100);
        b.Property(x => x.LawyerName).HasMaxLength(50);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne<Region>().WithMany().HasForeignKey(x => x.TownId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<PartnerOrganisation>().WithMany().HasForeignKey(x => x.FirmId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Work).WithOne().HasForeignKey(x => x.AdvisorId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AdvisorWorkConfiguration : IEntityTypeConfiguration<AdvisorWork>
{
    public void Configure(EntityTypeBuilder<AdvisorWork> b)
    {
        b.ToTable("AdvisorWork");
        b.Property(x => x.ScopePath).HasMaxLength(200);
        b.Property(x => x.Summary).HasMaxLength(2000);
        b.Property(x => x.Type).HasConversion<string>().HasMaxLength(20);
        b.HasIndex(x => x.On);
    }
}

internal sealed class LawSavvyPersonConfiguration : IEntityTypeConfiguration<LawSavvyPerson>
{
    public void Configure(EntityTypeBuilder<LawSavvyPerson> b)
    {
        b.ToTable("LawSavvyPeople");
        b.Property(x => x.ScopePath).HasMaxLength(200);
        b.Property(x => x.Name).HasMaxLength(50);
        b.Property(x => x.Phone).HasMaxLength(20);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne<Region>().WithMany().HasForeignKey(x => x.TownId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Region>().WithMany().HasForeignKey(x => x.VillageId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Trainings).WithOne().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class LawSavvyTrainingConfiguration : IEntityTypeConfiguration<LawSavvyTraining>
{
    public void Configure(EntityTypeBuilder<LawSavvyTraining> b)
    {
        b.ToTable("LawSavvyTrainings");
        b.Property(x => x.ScopePath).HasMaxLength(200);
        b.Property(x => x.Title).HasMaxLength(100);
        b.HasOne<EducationEvent>().WithMany().HasForeignKey(x => x.EventId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class MeetingConfiguration : IEntityTypeConfiguration<Meeting>
{
    public void Configure(EntityTypeBuilder<Meeting> b)
    {
        b.ToTable("Meetings");
        b.Property(x => x.ScopePath).HasMaxLength(200);
        b.Property(x => x.Title).HasMaxLength(100);
        b.Property(x => x.Chair).HasMaxLength(50);
        b.Property(x => x.Attendees).HasMaxLength(500);
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Ignore(x => x.OnRuleOfLaw);
        b.HasIndex(x => x.HeldOn);
        b.HasOne<Region>().WithMany().HasForeignKey(x => x.TownId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Items).WithOne().HasForeignKey(x => x.MeetingId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AgendaItemConfiguration : IEntityTypeConfiguration<AgendaItem>
{
    public void Configure(EntityTypeBuilder<AgendaItem> b)
    {
        b.ToTable("MeetingAgendaItems");
        b.Property(x => x.ScopePath).HasMaxLength(200);
        b.Property(x => x.Topic).HasMaxLength(200);
        b.Property(x => x.Decision).HasMaxLength(1000);
    }
}

internal sealed class LeaderDutyConfiguration : IEntityTypeConfiguration<LeaderDuty>
{
    public void Configure(EntityTypeBuilder<LeaderDuty> b)
    {
        b.ToTable("LeaderDuties");
        b.Property(x => x.ScopePath).HasMaxLength(200);
        b.Property(x => x.LeaderName).HasMaxLength(50);
        b.Property(x => x.Summary).HasMaxLength(2000);
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        b.HasIndex(x => x.On);
        b.HasOne<Region>().WithMany().HasForeignKey(x => x.TownId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<StaffMember>().WithMany().HasForeignKey(x => x.StaffMemberId).OnDelete(DeleteBehavior.Restrict);
    }
}
